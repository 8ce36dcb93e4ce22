/* hd-uuid.c */
#include "store/hd-uuid.h"

char *
hd_uuid_new (void)
{
  return g_uuid_string_random ();
}

/* 2014-06-01T00:00:00Z in Unix milliseconds: the campaign's season, for the ordered UUIDs. */
#define ORDERED_EPOCH_MS G_GUINT64_CONSTANT (1401580800000)

/* "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", lower case: written digit by digit, as the demo makes
 * millions of them. */
static char *
format_uuid (const guint8 b[16])
{
  static const char digits[] = "0123456789abcdef";
  char *text = g_malloc (37), *out = text;

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *out++ = '-';
      *out++ = digits[b[i] >> 4];
      *out++ = digits[b[i] & 0x0f];
    }
  *out = '\0';
  return text;
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
