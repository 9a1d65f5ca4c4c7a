/* bs-report-strings.c: the report's own labels in the report's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <stdio.h>

#include "bs-report-strings.h"

/* A report is written in the language chosen for it (nl or en), which is
 * often not the language of the user interface: a Dutch coordinator may
 * hand an English report to an exchange partner. gettext follows the
 * process locale, and switching that locale for one report is neither
 * thread-safe nor possible for a locale that is not installed. So the few
 * fixed labels of a report live here in both languages every framework
 * must provide (see bs_default_language()); the framework texts themselves
 * come from the framework file in the same language. These strings are
 * deliberately not marked for gettext: the Dutch column is the translation. */
static const char * const strings[BS_N_STRINGS][2] = {
  [BS_STR_REPORT_KIND] = { "Self-assessment of blended education", "Zelfevaluatie blended onderwijs" },
  [BS_STR_CONTENTS] = { "Contents", "Inhoud" },
  [BS_STR_SUMMARY] = { "Summary", "Samenvatting" },
  [BS_STR_DATE] = { "Date", "Datum" },
  [BS_STR_FACILITATOR] = { "Facilitator", "Gespreksleider" },
  [BS_STR_PARTICIPANTS] = { "Participants", "Deelnemers" },
  [BS_STR_FRAMEWORK] = { "Framework", "Kader" },
  [BS_STR_LEVELS] = { "Levels", "Niveaus" },
  [BS_STR_DIMENSION] = { "Dimension", "Dimensie" },
  [BS_STR_SCORE] = { "Score", "Score" },
  [BS_STR_TARGET] = { "Target", "Doel" },
  [BS_STR_ANSWERED] = { "Answered", "Beantwoord" },
  [BS_STR_LEVEL_SCORE] = { "Level score", "Score van het niveau" },
  [BS_STR_NO_ANSWER] = { "no answer", "geen antwoord" },
  [BS_STR_NOT_APPLICABLE] = { "Not applicable", "Niet van toepassing" },
  [BS_STR_UNKNOWN] = { "Don’t know", "Weet ik niet" },
  [BS_STR_NOT_ANSWERED] = { "Not answered", "Niet beantwoord" },
  [BS_STR_NOTE] = { "Note", "Toelichting" },
  [BS_STR_EVIDENCE] = { "Evidence", "Onderbouwing" },
  [BS_STR_DESCRIPTOR] = { "What this stage looks like", "Zo ziet deze fase eruit" },
  [BS_STR_DIMENSION_SUMMARY] = { "Summary", "Samenvatting" },
  [BS_STR_STRENGTHS] = { "Strengths", "Sterke punten" },
  [BS_STR_IMPROVEMENTS] = { "Points for improvement", "Verbeterpunten" },
  [BS_STR_ACTION_PLAN] = { "Action plan", "Actieplan" },
  [BS_STR_ACTION] = { "Action", "Actie" },
  [BS_STR_OWNER] = { "Owner", "Eigenaar" },
  [BS_STR_DUE] = { "Due", "Gereed op" },
  [BS_STR_STATUS] = { "Status", "Status" },
  [BS_STR_NO_ACTIONS] = { "No actions have been recorded yet.", "Er zijn nog geen acties vastgelegd." },
  [BS_STR_REFLECTIONS] = { "Reflection", "Reflectie" },
  [BS_STR_NO_REFLECTION] = { "Not answered.", "Niet beantwoord." },
  [BS_STR_GLOSSARY] = { "Glossary", "Begrippenlijst" },
  [BS_STR_CURRENT] = { "Current score", "Huidige score" },
  [BS_STR_PREVIOUS] = { "Previous assessment", "Vorige zelfevaluatie" },
  [BS_STR_TEAM_RANGE] = { "Team range", "Spreiding in het team" },
  [BS_STR_PLANNED] = { "Planned", "Gepland" },
  [BS_STR_IN_PROGRESS] = { "In progress", "Bezig" },
  [BS_STR_DONE] = { "Done", "Afgerond" },
  [BS_STR_DROPPED] = { "Dropped", "Vervallen" },
  [BS_STR_STATEMENTS] = { "Statements", "Stellingen" },
  [BS_STR_SCALE] = { "The stages of the scale", "De fasen van de schaal" },
  /* After a field's label, when a table cell had no room for all of it. */
  [BS_STR_FULL_TEXT] = { "full text", "volledige tekst" },
};

static const char * const months[12][2] = {
  { "January", "januari" }, { "February", "februari" }, { "March", "maart" },
  { "April", "april" }, { "May", "mei" }, { "June", "juni" },
  { "July", "juli" }, { "August", "augustus" }, { "September", "september" },
  { "October", "oktober" }, { "November", "november" }, { "December", "december" },
};

static guint
lang_column (const char *lang)
{
  return lang != NULL && g_str_has_prefix (lang, "nl") ? 1 : 0;
}

/* Returns "nl" or "en", the two languages this table knows. */
const char *
_bs_report_resolve_lang (const char *lang)
{
  if (lang == NULL)
    lang = bs_default_language ();

  return lang_column (lang) == 1 ? "nl" : "en";
}

const char *
_bs_report_string (BsReportString  id,
                   const char     *lang)
{
  g_return_val_if_fail (id < BS_N_STRINGS, "");

  return strings[id][lang_column (lang)];
}

const char *
_bs_report_status_label (BsActionStatus  status,
                         const char     *lang)
{
  switch (status)
    {
    case BS_ACTION_PLANNED:
      return _bs_report_string (BS_STR_PLANNED, lang);
    case BS_ACTION_IN_PROGRESS:
      return _bs_report_string (BS_STR_IN_PROGRESS, lang);
    case BS_ACTION_DONE:
      return _bs_report_string (BS_STR_DONE, lang);
    case BS_ACTION_DROPPED:
      return _bs_report_string (BS_STR_DROPPED, lang);
    default:
      return "";
    }
}

/* "2026-02-10" becomes "10 February 2026" or "10 februari 2026"; anything
 * that is not a plain ISO date is shown as it is. */
char *
_bs_report_format_date (const char *iso_date,
                        const char *lang)
{
  guint year, month, day;
  char tail;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");

  if (sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      month < 1 || month > 12 || day < 1 || day > 31)
    return g_strdup (iso_date);

  return g_strdup_printf ("%u %s %u", day, months[month - 1][lang_column (lang)], year);
}

/* Dutch readers expect a decimal comma. */
char *
_bs_report_format_score (double      score,
                         const char *lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  g_ascii_formatd (buf, sizeof buf, "%.1f", score);
  text = g_strdup (buf);
  if (lang_column (lang) == 1)
    g_strdelimit (text, ".", ',');

  return text;
}

/* Formats with numbers are written out per language, so the compiler can
 * check every format string. */
char *
_bs_report_format_page (guint       page,
                        guint       n_pages,
                        const char *lang)
{
  if (lang_column (lang) == 1)
    return g_strdup_printf ("Pagina %u van %u", page, n_pages);
  return g_strdup_printf ("Page %u of %u", page, n_pages);
}

char *
_bs_report_format_version (const char *version,
                           const char *lang)
{
  if (lang_column (lang) == 1)
    return g_strdup_printf ("versie %s", version ? version : "");
  return g_strdup_printf ("version %s", version ? version : "");
}

char *
_bs_report_format_answered (guint       answered,
                            guint       total,
                            const char *lang)
{
  if (lang_column (lang) == 1)
    return g_strdup_printf ("%u van %u stellingen beantwoord", answered, total);
  return g_strdup_printf ("%u of %u statements answered", answered, total);
}
