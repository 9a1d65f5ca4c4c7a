/* bs-date.c: the one rule for the dates an assessment holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-date.h"

/**
 * bs_date_is_valid_iso:
 * @text: (nullable): a date as text
 *
 * The dates of an assessment (its date, an action's due date) are stored
 * as YYYY-MM-DD: exactly four digits of year from 0001 to 9999, two of
 * month and two of day, a real calendar date, nothing before or after (no
 * sign, no spaces, no time zone). This is exactly what the schema accepts
 * (data/schemas/assessment.rng), so a date that passes here always opens
 * again; the loader, the model's setters and the app's entries all ask
 * this function.
 *
 * Returns: whether @text is such a date
 */
gboolean
bs_date_is_valid_iso (const char *text)
{
  guint year = 0, month = 0, day = 0;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  if (text[10] != '\0')
    return FALSE;

  for (guint i = 0; i < 4; i++)
    year = year * 10 + (guint) (text[i] - '0');
  month = (guint) (text[5] - '0') * 10 + (guint) (text[6] - '0');
  day = (guint) (text[8] - '0') * 10 + (guint) (text[9] - '0');

  return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}
