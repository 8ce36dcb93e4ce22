/* hd-uuid.c */
#include "store/hd-uuid.h"

char *
hd_uuid_new (void)
{
  return g_uuid_string_random ();
}

/* 2014-06-01T00:00:00Z in Unix milliseconds: the campaign's season, for the ordered UUIDs. */
#define ORDERED_EPOCH_MS G_GUINT64_CONSTANT (1401580800000)

static char *
format_uuid (const guint8 b[16])
{
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

char *
hd_uuid_new_ordered (GRand   *rand,
                     guint64  sequence)
{
  guint64 ms = ORDERED_EPOCH_MS + sequence;
  guint8 b[16];

  for (guint i = 0; i < 6; i++)
    b[i] = (guint8) (ms >> (8 * (5 - i)));
  for (guint i = 6; i < G_N_ELEMENTS (b); i++)
    b[i] = (guint8) g_rand_int_range (rand, 0, 256);
  b[6] = (b[6] & 0x0f) | 0x70;  /* version 7 */
  b[8] = (b[8] & 0x3f) | 0x80;  /* RFC 9562 variant */
  return format_uuid (b);
}
