/* hd-uuid.c */
#include "hd-uuid.h"

char *
hd_uuid_new (void)
{
  return g_uuid_string_random ();
}

char *
hd_uuid_new_from_rand (GRand *rand)
{
  guint8 b[16];

  for (guint i = 0; i < G_N_ELEMENTS (b); i++)
    b[i] = (guint8) g_rand_int_range (rand, 0, 256);
  b[6] = (b[6] & 0x0f) | 0x40;  /* version 4 */
  b[8] = (b[8] & 0x3f) | 0x80;  /* RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}
