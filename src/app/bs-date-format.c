/* bs-date-format.c: dates as people write them in their language, read into and shown from YYYY-MM-DD
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "bs-date-format.h"

/* The files keep YYYY-MM-DD; people type "1-3-2027", "1 maart 2027" or
 * "03/01/2027" and expect to read a date back as they would write it.
 * bs_date_parse() and bs_date_format() are plain functions of their
 * arguments, so the tests can try every language's forms in any locale;
 * bs_date_locale_*() give them what the user's locale says. */

#define N_MONTHS 12

static gboolean
all_digits (const char *token)
{
  if (*token == '\0')
    return FALSE;

  for (; *token != '\0'; token++)
    if (!g_ascii_isdigit (*token))
      return FALSE;

  return TRUE;
}

/* "1st", "2nd", "3e", "1ste": the digits of an ordinal day. */
static gboolean
ordinal_digits (const char *token,
                guint      *value)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th", "e", "ste", "de", NULL };
  gsize digits = strspn (token, "0123456789");

  if (digits == 0 || digits > 2 || !g_strv_contains (suffixes, token + digits))
    return FALSE;

  *value = (guint) g_ascii_strtoull (token, NULL, 10);
  return TRUE;
}

/* Returns 1…12 for a month's name, its abbreviation or a prefix of at least
 * three letters that only one month starts with; 0 otherwise. */
static guint
month_for_word (const char        *word,
                const char * const *month_names)
{
  gsize length = strlen (word);
  guint found = 0;

  if (month_names == NULL)
    return 0;

  for (guint i = 0; month_names[i] != NULL; i++)
    {
      g_autofree char *name = g_utf8_casefold (month_names[i], -1);
      gsize name_length;

      /* "mrt." and "Sept." are written with the dot of an abbreviation */
      name_length = strlen (name);
      if (name_length > 0 && name[name_length - 1] == '.')
        name[--name_length] = '\0';
      if (name_length == 0)
        continue;

      if (g_str_equal (word, name))
        return i % N_MONTHS + 1;

      if (g_utf8_strlen (word, -1) >= 3 && length < name_length && strncmp (word, name, length) == 0)
        {
          if (found != 0 && found != i % N_MONTHS + 1)
            return 0;
          found = i % N_MONTHS + 1;
        }
    }

  return found;
}

static gboolean
year_value (const char *token,
            guint      *year)
{
  gsize length = strlen (token);

  if (!all_digits (token) || (length != 2 && length != 4))
    return FALSE;

  *year = (guint) g_ascii_strtoull (token, NULL, 10);
  /* Two digits, as the Dutch numeric form writes the year: this century,
   * which is where plans and their due dates are. */
  if (length == 2)
    *year += 2000;

  return *year >= 1;
}

static gboolean
small_value (const char *token,
             guint      *value)
{
  if (!all_digits (token) || strlen (token) > 2)
    return ordinal_digits (token, value);

  *value = (guint) g_ascii_strtoull (token, NULL, 10);
  return TRUE;
}

/**
 * bs_date_parse:
 * @text: what the user typed
 * @order: how the locale orders day, month and year written in numbers
 * @month_names: (nullable) (array zero-terminated=1): month names, in
 *   blocks of twelve, January first: the names of several languages and
 *   their abbreviations can be given together
 *
 * Reads a date written as YYYY-MM-DD (always), as three numbers in
 * @order with any of "-", "/", "." or spaces between them, or as a day,
 * a month's name and a year in any order ("1 maart 2027",
 * "March 1, 2027").
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 *   when @text is not a real date
 */
char *
bs_date_parse (const char         *text,
               BsDateOrder         order,
               const char * const *month_names)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;
  const char *tokens[3];
  guint n_tokens = 0, month_at = G_MAXUINT;
  guint day = 0, month = 0, year = 0, values[3];

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  folded = g_strstrip (g_utf8_casefold (text, -1));
  /* "-1-3-2027" is no date in any language */
  if (folded[0] == '\0' || strchr ("-/.,", folded[0]) != NULL || strchr ("-/,", folded[strlen (folded) - 1]) != NULL)
    return NULL;
  parts = g_strsplit_set (folded, " \t-/.,", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (n_tokens == 3)
        return NULL;
      tokens[n_tokens++] = parts[i];
    }

  if (n_tokens != 3)
    return NULL;

  for (guint i = 0; i < 3; i++)
    if (!all_digits (tokens[i]) && !ordinal_digits (tokens[i], &values[i]))
      {
        if (month_at != G_MAXUINT)
          return NULL;
        month_at = i;
      }

  if (month_at != G_MAXUINT)
    {
      const char *numbers[2];
      guint n = 0;

      month = month_for_word (tokens[month_at], month_names);
      if (month == 0)
        return NULL;

      for (guint i = 0; i < 3; i++)
        if (i != month_at)
          numbers[n++] = tokens[i];

      /* The year has four digits; "1 mrt 27" has it last. */
      if (strlen (numbers[0]) == 4 && all_digits (numbers[0]))
        {
          if (!year_value (numbers[0], &year) || !small_value (numbers[1], &day))
            return NULL;
        }
      else if (!small_value (numbers[0], &day) || !year_value (numbers[1], &year))
        return NULL;
    }
  else
    {
      const char *d, *m, *y;

      /* ISO 8601 whatever the locale: the form the files and many
       * people use, and never ambiguous. */
      if (strlen (tokens[0]) == 4)
        order = BS_DATE_ORDER_YMD;

      switch (order)
        {
        case BS_DATE_ORDER_DMY:
          d = tokens[0], m = tokens[1], y = tokens[2];
          break;
        case BS_DATE_ORDER_MDY:
          m = tokens[0], d = tokens[1], y = tokens[2];
          break;
        case BS_DATE_ORDER_YMD:
        default:
          y = tokens[0], m = tokens[1], d = tokens[2];
          break;
        }

      if (!year_value (y, &year) || !small_value (m, &month) || !small_value (d, &day) ||
          !all_digits (m) || !all_digits (d))
        return NULL;
    }

  if (year > 9999 || month < 1 || month > 12 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * bs_date_format:
 * @iso: a date as YYYY-MM-DD
 * @format: how to write it: %d, %e, %m, %Y and %y stand for the day,
 *   the day without a leading zero, the month, the year and the year in
 *   four digits too (a due date must never be ambiguous)
 *
 * Returns: (transfer full) (nullable): the date written as @format says,
 *   or %NULL when @iso is not a date
 */
char *
bs_date_format (const char *iso,
                const char *format)
{
  GString *out;
  guint year, month, day;

  g_return_val_if_fail (iso != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-' ||
      sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }

      switch (*++p)
        {
        case 'd':
          g_string_append_printf (out, "%02u", day);
          break;
        case 'e':
          g_string_append_printf (out, "%u", day);
          break;
        case 'm':
          g_string_append_printf (out, "%02u", month);
          break;
        case 'Y':
        case 'y':
          g_string_append_printf (out, "%04u", year);
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * bs_date_order_for_format:
 *
 * Returns: the order of day, month and year in a strftime() format such
 *   as "%d-%m-%y"
 */
BsDateOrder
bs_date_order_for_format (const char *format)
{
  const char *d, *m, *y;

  g_return_val_if_fail (format != NULL, BS_DATE_ORDER_YMD);

  d = strstr (format, "%d");
  if (d == NULL)
    d = strstr (format, "%e");
  m = strstr (format, "%m");
  y = strstr (format, "%Y");
  if (y == NULL)
    y = strstr (format, "%y");

  if (d == NULL || m == NULL || y == NULL)
    return BS_DATE_ORDER_YMD;
  if (y < m && m < d)
    return BS_DATE_ORDER_YMD;
  if (m < d)
    return BS_DATE_ORDER_MDY;

  return BS_DATE_ORDER_DMY;
}

static gboolean
time_locale_is_c (void)
{
  const char *name = setlocale (LC_TIME, NULL);

  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX") ||
         g_str_has_prefix (name, "C.");
}

/**
 * bs_date_locale_format:
 *
 * The numeric form of a date in the user's locale (LC_TIME), or, where
 * that is the C locale, the form the interface's language uses.
 *
 * Returns: (transfer full): a format for bs_date_format()
 */
char *
bs_date_locale_format (void)
{
  const char *format = NULL;

  if (!time_locale_is_c ())
    format = nl_langinfo (D_FMT);

  /* Some locales write the date with %D or without a day; only a format
   * with all three is of use. */
  if (format == NULL || strstr (format, "%m") == NULL ||
      (strstr (format, "%d") == NULL && strstr (format, "%e") == NULL) ||
      (strstr (format, "%y") == NULL && strstr (format, "%Y") == NULL))
    /* Translators: how your language writes a date in numbers, with %d the
     * day, %m the month and %Y the year: Dutch "%d-%m-%Y", American English
     * "%m/%d/%Y". Keep all three. */
    format = C_("date format", "%Y-%m-%d");

  return g_strdup (format);
}

/**
 * bs_date_locale_month_names:
 *
 * Returns: (transfer full): the month names bs_date_parse() should know:
 *   the interface language's, the locale's, and English
 */
GStrv
bs_date_locale_month_names (void)
{
  static const char * const english[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  const char * const translated[] = {
    C_("month name", "January"), C_("month name", "February"), C_("month name", "March"),
    C_("month name", "April"), C_("month name", "May"), C_("month name", "June"),
    C_("month name", "July"), C_("month name", "August"), C_("month name", "September"),
    C_("month name", "October"), C_("month name", "November"), C_("month name", "December"),
    C_("abbreviated month name", "Jan"), C_("abbreviated month name", "Feb"),
    C_("abbreviated month name", "Mar"), C_("abbreviated month name", "Apr"),
    C_("abbreviated month name", "May"), C_("abbreviated month name", "Jun"),
    C_("abbreviated month name", "Jul"), C_("abbreviated month name", "Aug"),
    C_("abbreviated month name", "Sep"), C_("abbreviated month name", "Oct"),
    C_("abbreviated month name", "Nov"), C_("abbreviated month name", "Dec"),
  };
  static const nl_item locale_items[] = {
    MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12,
    ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6,
    ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, ABMON_12,
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  G_STATIC_ASSERT (G_N_ELEMENTS (english) == 2 * N_MONTHS);
  G_STATIC_ASSERT (G_N_ELEMENTS (locale_items) == 2 * N_MONTHS);

  for (guint i = 0; i < G_N_ELEMENTS (translated); i++)
    g_strv_builder_add (builder, translated[i]);

  if (!time_locale_is_c ())
    for (guint i = 0; i < G_N_ELEMENTS (locale_items); i++)
      {
        g_autofree char *name = g_locale_to_utf8 (nl_langinfo (locale_items[i]), -1, NULL, NULL, NULL);

        g_strv_builder_add (builder, name != NULL ? name : "");
      }

  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    g_strv_builder_add (builder, english[i]);

  return g_strv_builder_end (builder);
}

/**
 * bs_date_locale_parse:
 *
 * bs_date_parse() with what the user's locale says.
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD
 */
char *
bs_date_locale_parse (const char *text)
{
  g_autofree char *format = bs_date_locale_format ();
  g_auto(GStrv) months = bs_date_locale_month_names ();

  g_return_val_if_fail (text != NULL, NULL);

  return bs_date_parse (text, bs_date_order_for_format (format), (const char * const *) months);
}

/**
 * bs_date_locale_format_date:
 *
 * Returns: (transfer full) (nullable): @iso as the user's locale writes it
 */
char *
bs_date_locale_format_date (const char *iso)
{
  g_autofree char *format = bs_date_locale_format ();

  g_return_val_if_fail (iso != NULL, NULL);

  return bs_date_format (iso, format);
}
