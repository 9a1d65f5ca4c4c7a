/* bs-report-strings.c: the report's own labels in the report's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
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
  [BS_STR_LAST_CYCLE] = { "Last cycle", "Vorige cyclus" },
  [BS_STR_TEAM_RANGE] = { "Team range", "Spreiding in het team" },
  [BS_STR_PLANNED] = { "Planned", "Gepland" },
  [BS_STR_IN_PROGRESS] = { "In progress", "Bezig" },
  [BS_STR_DONE] = { "Done", "Afgerond" },
  [BS_STR_DROPPED] = { "Dropped", "Vervallen" },
  [BS_STR_STATEMENTS] = { "Statements", "Stellingen" },
  [BS_STR_SCALE] = { "The stages of the scale", "De fasen van de schaal" },
  /* After a field's label, when a table cell had no room for all of it. */
  [BS_STR_FULL_TEXT] = { "full text", "volledige tekst" },
  /* The sections of a team assessment. */
  [BS_STR_TEAM] = { "The team", "Het team" },
  [BS_STR_RESPONDENTS] = { "Respondents", "Respondenten" },
  [BS_STR_ROLE] = { "Role", "Rol" },
  [BS_STR_TOTAL] = { "Total", "Totaal" },
  [BS_STR_SPREAD] = { "Spread per dimension", "Spreiding per dimensie" },
  [BS_STR_DISAGREEMENT] = { "Most disagreement", "Meeste verschil van mening" },
  [BS_STR_AGREED_SCORE] = { "Agreed score", "Afgesproken score" },
  [BS_STR_RATIONALE] = { "Rationale", "Motivering" },
  [BS_STR_DISSENT] = { "Dissent", "Afwijkende mening" },
  [BS_STR_NOT_AGREED] = { "not agreed yet", "nog niet afgesproken" },
  [BS_STR_RESPONDENTS_MEAN] = { "Respondents’ mean", "Gemiddelde van de respondenten" },
  [BS_STR_MEAN] = { "Mean", "Gemiddelde" },
  /* A column: the lowest and the highest score. */
  [BS_STR_MIN_MAX] = { "Min–max", "Min–max" },
  /* A column: the standard deviation. */
  [BS_STR_SD] = { "SD", "SD" },
  /* A column: how many respondents have a score. */
  [BS_STR_N] = { "n", "n" },
  [BS_STR_ROLE_MEANS] = { "Mean per role", "Gemiddelde per rol" },
  [BS_STR_RESPONDENT_NOTES] = { "Respondents’ notes", "Toelichtingen van respondenten" },
  [BS_STR_TEAM_SCORES] = { "A score is the stage the team agreed on where it did, and the respondents’ mean otherwise.",
                           "Een score is de fase die het team heeft afgesproken, en anders het gemiddelde van de respondenten." },
  [BS_STR_SPREAD_KEY] = { "Each respondent’s own score for a dimension is the mean of the stages they gave its statements. "
                          "The bar runs from the lowest to the highest of these, its darker part is one standard deviation "
                          "either side of the mean (the line). A bold SD reaches the disagreement threshold.",
                          "De eigen score van een respondent voor een dimensie is het gemiddelde van de fasen die hij of zij "
                          "de stellingen gaf. De balk loopt van de laagste tot de hoogste daarvan, het donkere deel is één "
                          "standaarddeviatie aan weerszijden van het gemiddelde (de streep). Een vette SD bereikt de drempel "
                          "voor verschil van mening." },
  [BS_STR_NAMES] = { "Names", "Namen" },
  [BS_STR_NEXT_STEPS] = { "Next steps", "Volgende stappen" },
  [BS_STR_NEXT_STEPS_INTRO] = { "The statements furthest below their target (the target minus the current score), "
                                "largest gap first and at most ten, each with the next step up from its current "
                                "stage as the framework describes it.",
                                "De stellingen die het verst onder hun doel liggen (het doel min de huidige score), "
                                "het grootste verschil eerst en hoogstens tien, elk met de volgende stap vanaf de "
                                "huidige fase zoals het kader die beschrijft." },
  [BS_STR_GAPS] = { "Targets and largest gaps", "Doelen en grootste verschillen" },
  [BS_STR_GAPS_INTRO] = { "The gap is the target minus the current score. A dimension’s target is the one set "
                          "for it, otherwise the mean of its statements’ targets; a level’s, the mean of its "
                          "dimensions’ targets.",
                          "Het verschil is het doel min de huidige score. Het doel van een dimensie is het doel "
                          "dat ervoor is gesteld, anders het gemiddelde van de doelen van haar stellingen; dat van "
                          "een niveau het gemiddelde van de doelen van zijn dimensies." },
  [BS_STR_NO_TARGETS] = { "No targets have been set.", "Er zijn geen doelen gesteld." },
  [BS_STR_LARGEST_GAPS] = { "Largest gaps", "Grootste verschillen" },
  [BS_STR_NO_GAPS] = { "Every dimension with a target and a score has reached its target.",
                       "Elke dimensie met een doel en een score heeft haar doel bereikt." },
  [BS_STR_GAP] = { "Gap", "Verschil" },
  [BS_STR_LEVEL] = { "Level", "Niveau" },
  [BS_STR_TARGETS_PER_LEVEL] = { "Per level", "Per niveau" },
  [BS_STR_CYCLE_CHANGE] = { "Change since last cycle", "Verandering sinds de vorige cyclus" },
  [BS_STR_CYCLE_COMPARED] = { "Compared with", "Vergeleken met" },
  [BS_STR_CYCLE_KEY] = { "Scores to two decimals, so that small changes show; a change has its sign (+\u00A0up, −\u00A0down).",
                         "Scores op twee decimalen, zodat ook kleine veranderingen zichtbaar zijn; een verandering heeft haar teken (+\u00A0omhoog, −\u00A0omlaag)." },
  [BS_STR_NOW] = { "Now", "Nu" },
  [BS_STR_CHANGE] = { "Change", "Verandering" },
  [BS_STR_STATEMENT] = { "Statement", "Stelling" },
  [BS_STR_MOVED_MOST] = { "Statements that moved most", "Stellingen die het meest veranderden" },
  [BS_STR_MOVED_INTRO] = { "The biggest movements first; a change between a stage and N/A or don’t know follows them.",
                           "De grootste verschuivingen eerst; een wissel tussen een fase en niet van toepassing of weet ik niet volgt daarna." },
  [BS_STR_MOVED_NONE] = { "No statement moved since last cycle.", "Sinds de vorige cyclus is geen stelling veranderd." },
  [BS_STR_LAST_ACTIONS] = { "Last cycle’s actions and their effect", "Acties van de vorige cyclus en hun effect" },
  [BS_STR_LAST_ACTIONS_INTRO] = { "Status: as it was last cycle, and now for an action carried over. Effect: the mean of the statements the action links to (without links, its dimension’s score), last cycle → now.",
                                  "Status: zoals die in de vorige cyclus was, en nu voor een meegenomen actie. Effect: het gemiddelde van de stellingen waaraan de actie gekoppeld is (zonder koppeling de score van haar dimensie), vorige cyclus → nu." },
  [BS_STR_NO_LAST_ACTIONS] = { "The previous assessment had no actions.", "De vorige zelfevaluatie had geen acties." },
  [BS_STR_EFFECT] = { "Effect", "Effect" },
  [BS_STR_MOVE_UP] = { "up", "omhoog" },
  [BS_STR_MOVE_DOWN] = { "down", "omlaag" },
  [BS_STR_MOVE_SAME] = { "no change", "gelijk gebleven" },
  [BS_STR_MOVE_UNKNOWN] = { "not known", "niet bekend" },
  [BS_STR_NOT_CARRIED] = { "not carried over", "niet meegenomen" },
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

/* A score to two decimals: a change between cycles is often smaller than
 * the report's usual one decimal shows. */
char *
_bs_report_format_score2 (double      score,
                          const char *lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  g_ascii_formatd (buf, sizeof buf, "%.2f", score);
  text = g_strdup (buf);
  if (lang_column (lang) == 1)
    g_strdelimit (text, ".", ',');

  return text;
}

/* "+0.33", "−0.25" (a real minus sign) or "0.00": the sign says the
 * direction, never a colour alone. */
char *
_bs_report_format_change (double      change,
                          const char *lang)
{
  g_autofree char *size = _bs_report_format_score2 (fabs (change), lang);

  if (change >= 0.005)
    return g_strconcat ("+", size, NULL);
  if (change <= -0.005)
    return g_strconcat ("\u2212", size, NULL);

  return _bs_report_format_score2 (0, lang);
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

/* "1 N/A, 1 don't know": the answered statements without a score, or
 * NULL when every answer has one. */
char *
_bs_report_format_unscored (const BsScore *score,
                            const char    *lang)
{
  const gboolean nl = lang_column (lang) == 1;
  GString *text;

  if (score->not_applicable == 0 && score->unknown == 0)
    return NULL;

  text = g_string_new (NULL);
  if (score->not_applicable > 0)
    g_string_append_printf (text, nl ? "%u n.v.t." : "%u N/A", score->not_applicable);
  if (score->unknown > 0)
    g_string_append_printf (text, nl ? "%s%u weet niet" : "%s%u don’t know",
                            text->len > 0 ? ", " : "", score->unknown);

  return g_string_free (text, FALSE);
}

/* "4 of 5 statements answered (3 scored, 1 N/A)": N/A and "don't know"
 * are answers without a score, and the reader must see how many answers
 * a score rests on. */
char *
_bs_report_format_answered (const BsScore *score,
                            const char    *lang)
{
  const gboolean nl = lang_column (lang) == 1;
  g_autofree char *unscored = _bs_report_format_unscored (score, lang);
  guint scored = bs_score_n_scored_statements (score);

  if (score->answered == 0)
    return g_strdup_printf (nl ? "%u van %u stellingen beantwoord" : "%u of %u statements answered",
                            score->answered, score->total);

  return g_strdup_printf (nl ? "%u van %u stellingen beantwoord (%u met score%s%s)"
                             : "%u of %u statements answered (%u scored%s%s)",
                          score->answered, score->total, scored, unscored != NULL ? ", " : "",
                          unscored != NULL ? unscored : "");
}

/* "12 respondents in 4 roles" */
char *
_bs_report_format_respondents (guint       n_respondents,
                               guint       n_roles,
                               const char *lang)
{
  if (lang_column (lang) == 1)
    {
      if (n_respondents == 1)
        return g_strdup ("1 respondent");
      if (n_roles == 1)
        return g_strdup_printf ("%u respondenten in 1 rol", n_respondents);
      return g_strdup_printf ("%u respondenten in %u rollen", n_respondents, n_roles);
    }
  if (n_respondents == 1)
    return g_strdup ("1 respondent");
  if (n_roles == 1)
    return g_strdup_printf ("%u respondents in 1 role", n_respondents);
  return g_strdup_printf ("%u respondents in %u roles", n_respondents, n_roles);
}

/* Where the answered statements of a dimension or level take their
 * scores from, in a team assessment. */
char *
_bs_report_format_sources (guint       from_agreed,
                           guint       from_respondents,
                           const char *lang)
{
  if (lang_column (lang) == 1)
    return g_strdup_printf ("%u afgesproken door het team, %u gemiddelde van de respondenten",
                            from_agreed, from_respondents);
  return g_strdup_printf ("%u agreed by the team, %u respondents’ mean", from_agreed, from_respondents);
}

char *
_bs_report_format_disagreement_intro (const char *threshold,
                                      guint       n_flagged,
                                      guint       n_shown,
                                      const char *lang)
{
  if (lang_column (lang) == 1)
    {
      if (n_flagged == 0)
        return g_strdup_printf ("Bij geen enkele stelling liggen de fasen van de respondenten zo ver uiteen dat "
                                "de standaarddeviatie %s of meer is.", threshold);
      if (n_flagged > n_shown)
        return g_strdup_printf ("Bij %u stellingen is de standaarddeviatie van de fasen van de respondenten %s of "
                                "meer; hier de %u met het meeste verschil van mening.", n_flagged, threshold, n_shown);
      return g_strdup_printf ("De stellingen waarbij de standaarddeviatie van de fasen van de respondenten %s of "
                              "meer is, de grootste eerst.", threshold);
    }
  if (n_flagged == 0)
    return g_strdup_printf ("On no statement do the respondents’ stages differ so much that their standard "
                            "deviation is %s or more.", threshold);
  if (n_flagged > n_shown)
    return g_strdup_printf ("On %u statements the standard deviation of the respondents’ stages is %s or more; "
                            "these are the %u with the most disagreement.", n_flagged, threshold, n_shown);
  return g_strdup_printf ("The statements on which the standard deviation of the respondents’ stages is %s or "
                          "more, largest first.", threshold);
}

/* "11 stages from 1 to 4 · mean 2,6 · SD 1,1 · 1 don’t know" */
char *
_bs_report_format_statement_spread (guint       n,
                                    const char *mean,
                                    const char *sd,
                                    guint       min,
                                    guint       max,
                                    guint       n_not_applicable,
                                    guint       n_unknown,
                                    const char *lang)
{
  GString *text = g_string_new (NULL);

  if (lang_column (lang) == 1)
    {
      if (n == 0)
        g_string_append (text, "geen fasen gegeven");
      else
        g_string_append_printf (text, "%u %s van %u tot %u · gemiddelde %s · SD %s",
                                n, n == 1 ? "fase" : "fasen", min, max, mean, sd);
      if (n_not_applicable > 0)
        g_string_append_printf (text, " · %u niet van toepassing", n_not_applicable);
      if (n_unknown > 0)
        g_string_append_printf (text, " · %u weet het niet", n_unknown);
    }
  else
    {
      if (n == 0)
        g_string_append (text, "no stages given");
      else
        g_string_append_printf (text, "%u %s from %u to %u · mean %s · SD %s",
                                n, n == 1 ? "stage" : "stages", min, max, mean, sd);
      if (n_not_applicable > 0)
        g_string_append_printf (text, " · %u not applicable", n_not_applicable);
      if (n_unknown > 0)
        g_string_append_printf (text, " · %u don’t know", n_unknown);
    }

  return g_string_free (text, FALSE);
}

/* A score as a stage ("2") where it is one, else with a decimal ("2,4"). */
static char *
format_stage_or_score (double      score,
                       const char *lang)
{
  if (score == floor (score))
    return g_strdup_printf ("%.0f", score);

  return _bs_report_format_score (score, lang);
}

/* "score 2 → target 4 (gap 2)" */
char *
_bs_report_format_gap (double      score,
                       guint       target,
                       double      gap,
                       const char *lang)
{
  g_autofree char *current = format_stage_or_score (score, lang);
  g_autofree char *distance = format_stage_or_score (gap, lang);

  if (lang_column (lang) == 1)
    return g_strdup_printf ("score %s → doel %u (verschil %s)", current, target, distance);
  return g_strdup_printf ("score %s → target %u (gap %s)", current, target, distance);
}

/* "+1.5", "−0.5" (a real minus sign), "0.0"; a dash for NAN */
char *
_bs_report_format_signed (double      value,
                          const char *lang)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");

  number = _bs_report_format_score (fabs (value), lang);
  if (g_str_equal (number, "0.0") || g_str_equal (number, "0,0"))
    return g_steal_pointer (&number);

  return g_strconcat (value > 0 ? "+" : "−", number, NULL);
}

/* "Next step towards 3 – Embedded" */
char *
_bs_report_format_next_step_label (guint       stage,
                                   const char *stage_name,
                                   const char *lang)
{
  if (lang_column (lang) == 1)
    return g_strdup_printf ("Volgende stap naar %u – %s", stage, stage_name != NULL ? stage_name : "");
  return g_strdup_printf ("Next step towards %u – %s", stage, stage_name != NULL ? stage_name : "");
}

/* "2,4 (mean of 11 respondents)" */
char *
_bs_report_format_mean_of (const char *mean,
                           guint       n,
                           const char *lang)
{
  if (lang_column (lang) == 1)
    return n == 1 ? g_strdup_printf ("%s (van 1 respondent)", mean)
                  : g_strdup_printf ("%s (gemiddelde van %u respondenten)", mean, n);
  return n == 1 ? g_strdup_printf ("%s (of 1 respondent)", mean)
                : g_strdup_printf ("%s (mean of %u respondents)", mean, n);
}
