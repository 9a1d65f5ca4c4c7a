/* bs-date-format.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BsDateOrder:
 *
 * The order of day, month and year in a date written in numbers.
 */
typedef enum
{
  BS_DATE_ORDER_DMY,
  BS_DATE_ORDER_MDY,
  BS_DATE_ORDER_YMD,
} BsDateOrder;

char        *bs_date_parse               (const char         *text,
                                          BsDateOrder         order,
                                          const char * const *month_names);
char        *bs_date_format              (const char         *iso,
                                          const char         *format);
BsDateOrder  bs_date_order_for_format    (const char         *format);
char        *bs_date_locale_format       (void);
GStrv        bs_date_locale_month_names  (void);
char        *bs_date_locale_parse        (const char         *text);
char        *bs_date_locale_format_date  (const char         *iso);

G_END_DECLS
