/* bs-display.c: what the widgets show, as plain functions that tests can check without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <math.h>
#include <string.h>
#include <stdio.h>

#include <gdk/gdk.h>
#include <glib/gi18n.h>

#include "bs-display.h"

/**
 * bs_display_progress_text:
 *
 * Returns: (transfer full): "answered/total", as the sidebar shows it
 */
char *
bs_display_progress_text (guint answered,
                          guint total)
{
  /* Translators: statements answered out of all, as in "3/5" */
  return g_strdup_printf (_("%u/%u"), answered, total);
}

/**
 * bs_display_score_progress_text:
 *
 * The sidebar has room for a few characters: the answered statements of
 * all, then only what has no score, "?" standing for "don't know" as in
 * the CSV answers. Its tooltip and accessible name say it in full
 * (bs_score_answered_text()).
 *
 * Returns: (transfer full): "4/5", "4/5 · 1 N/A", "5/5 · 1 N/A · 1 ?"
 */
char *
bs_display_score_progress_text (const BsScore *score)
{
  g_autofree char *progress = NULL;
  GString *text;

  g_return_val_if_fail (score != NULL, NULL);

  progress = bs_display_progress_text (score->answered, score->total);
  text = g_string_new (progress);
  if (score->not_applicable > 0)
    /* Translators: in the sidebar after "4/5": how many are "not
     * applicable"; keep it short */
    g_string_append_printf (text, _(" · %u N/A"), score->not_applicable);
  if (score->unknown > 0)
    /* Translators: in the sidebar after "4/5": how many are "don't know";
     * keep it short */
    g_string_append_printf (text, _(" · %u ?"), score->unknown);

  return g_string_free (text, FALSE);
}

/**
 * bs_display_decimal:
 * @value: a score, mean or spread
 * @decimals: how many decimals, 0 to 3
 *
 * A number as the interface's language writes it, Dutch with a decimal
 * comma: the rule the render library's report and radar follow, so the
 * app says "2,4" where the Dutch report does. It goes by the language,
 * not by LC_NUMERIC, because the two often differ (LANGUAGE=nl with an
 * English locale, or a Dutch locale with the interface in English), and
 * the report's language is the interface's.
 *
 * Returns: (transfer full): @value rounded to @decimals
 */
char *
bs_display_decimal (double value,
                    guint  decimals)
{
  static const char * const formats[] = { "%.0f", "%.1f", "%.2f", "%.3f" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, formats[MIN (decimals, G_N_ELEMENTS (formats) - 1)], value);
  if (g_str_equal (bs_default_language (), "nl"))
    g_strdelimit (buf, ".", ',');

  return g_strdup (buf);
}

/**
 * bs_display_gap_text:
 * @gap: a target minus a score
 *
 * Returns: (transfer full): @gap with one decimal and always a sign,
 *   "+1.5", "−0.5" (a real minus sign), "0.0"; a dash for NAN
 */
char *
bs_display_gap_text (double gap)
{
  g_autofree char *number = NULL;

  if (isnan (gap))
    return g_strdup ("–");

  number = bs_display_decimal (fabs (gap), 1);
  if (g_str_equal (number, "0.0") || g_str_equal (number, "0,0"))
    return g_steal_pointer (&number);

  return g_strconcat (gap > 0 ? "+" : "−", number, NULL);
}

/**
 * bs_display_score_text:
 *
 * Returns: (transfer full): the score with one decimal, or a dash when
 *   nothing counts towards it yet
 */
char *
bs_display_score_text (const BsScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  if (!bs_score_has_score (score))
    return g_strdup ("–");

  return bs_display_decimal (score->score, 1);
}

/**
 * bs_display_button_for_value:
 * @value: an answer's value
 * @n_stages: the stages of the scale
 *
 * A statement card has one toggle per stage, then "Not applicable", then
 * "Don't know".
 *
 * Returns: the index of the toggle that shows @value, or -1 for none
 */
int
bs_display_button_for_value (int   value,
                             guint n_stages)
{
  if (value >= 1 && (guint) value <= n_stages)
    return value - 1;
  if (value == BS_VALUE_NOT_APPLICABLE)
    return n_stages;
  if (value == BS_VALUE_UNKNOWN)
    return n_stages + 1;

  return -1;
}

/**
 * bs_display_value_for_button:
 *
 * The inverse of bs_display_button_for_value().
 *
 * Returns: the answer value of toggle @button
 */
int
bs_display_value_for_button (int   button,
                             guint n_stages)
{
  if (button >= 0 && (guint) button < n_stages)
    return button + 1;
  if (button == (int) n_stages)
    return BS_VALUE_NOT_APPLICABLE;
  if (button == (int) n_stages + 1)
    return BS_VALUE_UNKNOWN;

  return BS_VALUE_NONE;
}

/**
 * bs_display_value_for_key:
 * @keyval: a GDK key value pressed on a statement card
 *
 * Digits pick a stage; 0 and n mean "not applicable", d "don't know".
 *
 * Returns: the answer value the key stands for, or %BS_VALUE_NONE when the
 *   key means nothing here
 */
int
bs_display_value_for_key (guint keyval,
                          guint n_stages)
{
  guint digit = G_MAXUINT;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_0;

  if (digit == 0 || keyval == GDK_KEY_n || keyval == GDK_KEY_N)
    return BS_VALUE_NOT_APPLICABLE;
  if (keyval == GDK_KEY_d || keyval == GDK_KEY_D)
    return BS_VALUE_UNKNOWN;
  if (digit != G_MAXUINT && digit <= n_stages)
    return (int) digit;

  return BS_VALUE_NONE;
}

/**
 * bs_display_title:
 * @title: (nullable): the assessment's title
 *
 * Returns: (transfer full): the window title, with a bullet in front while
 *   there are unsaved changes
 */
char *
bs_display_title (const char *title,
                  gboolean    dirty)
{
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Assessment");

  if (dirty)
    return g_strconcat ("• ", title, NULL);

  return g_strdup (title);
}

/**
 * bs_display_subtitle:
 * @path: (nullable): where the assessment is saved
 *
 * Returns: (transfer full): the file name, and whether it has unsaved
 *   changes
 */
char *
bs_display_subtitle (const char *path,
                     gboolean    dirty)
{
  g_autofree char *name = NULL;

  if (path == NULL)
    return g_strdup (dirty ? _("Not saved") : _("New assessment"));

  name = g_filename_display_basename (path);

  if (dirty)
    /* Translators: window subtitle; %s is a file name */
    return g_strdup_printf (_("%s — unsaved changes"), name);

  return g_steal_pointer (&name);
}

/**
 * bs_display_stage_label:
 *
 * Returns: (transfer full): the label of a stage toggle, e.g. "2 · Developing"
 */
char *
bs_display_stage_label (guint       value,
                        const char *name)
{
  return g_strdup_printf ("%u · %s", value, name);
}

/**
 * bs_display_is_iso_date:
 *
 * The files store dates as YYYY-MM-DD; anything else would make them
 * fail their schema, so the entries refuse it. The rule is the core's
 * (bs_date_is_valid_iso()), which the model's setters and the loader use.
 *
 * Returns: whether @text is a real date written as YYYY-MM-DD
 */
gboolean
bs_display_is_iso_date (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return bs_date_is_valid_iso (text);
}

/* ", down 0.4 since last cycle" before the full stop of a dimension's
 * sentence, with a baseline that scored it. */
static void
append_change (GString      *text,
               BsAssessment *assessment,
               BsDimension  *dimension,
               double        now)
{
  BsBaseline *baseline = bs_assessment_get_baseline (assessment);
  g_autofree char *spoken = NULL;
  double then;

  if (baseline == NULL ||
      !bs_baseline_get_dimension_score (baseline, bs_dimension_get_level_id (dimension),
                                        bs_dimension_get_id (dimension), &then, NULL))
    return;
  bs_display_change (then, now, NULL, &spoken);
  if (spoken == NULL || text->len == 0 || text->str[text->len - 1] != '.')
    return;

  g_string_truncate (text, text->len - 1);
  g_string_append_printf (text, ", %s.", spoken);
}

/**
 * bs_display_level_summary:
 * @assessment: an assessment
 * @level_id: one of its levels
 *
 * What a chart of the level shows, in words: for a screen reader, which
 * cannot see the radar or the bars of the score table.
 *
 * Returns: (transfer full) (nullable): "Course level: score 2.4. Flexibility
 *   2.2, …", or %NULL for a level the framework does not have
 */
char *
bs_display_level_summary (BsAssessment *assessment,
                          const char   *level_id)
{
  BsFramework *framework;
  GListModel *levels;
  const char *lang = bs_default_language ();

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  framework = bs_assessment_get_framework (assessment);
  levels = bs_framework_get_levels (framework);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dimensions;
      g_autoptr(GString) text = NULL;
      g_autofree char *level_score = NULL;
      BsScore score;

      if (g_strcmp0 (bs_level_get_id (level), level_id) != 0)
        continue;

      bs_score_level (assessment, level, &score);
      level_score = bs_display_score_text (&score);
      text = g_string_new (NULL);
      /* Translators: the first sentence of a chart's description for a
       * screen reader: level, then its score */
      g_string_append_printf (text, _("%s: score %s."), bs_level_get_title_text (level, lang), level_score);

      dimensions = bs_level_get_dimensions (level);
      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          g_autofree char *dimension_score = NULL;
          g_autofree char *answered = NULL;

          bs_score_dimension (assessment, dimension, &score);
          answered = bs_score_answered_text (&score);
          g_string_append_c (text, ' ');
          if (bs_score_has_score (&score))
            {
              dimension_score = bs_display_score_text (&score);
              /* Translators: one dimension in a chart's description, e.g.
               * "Flexibility 2.2, 5 of 5 answered (4 scored, 1 N/A)." */
              g_string_append_printf (text, _("%s %s, %s."),
                                      bs_dimension_get_title_text (dimension, lang),
                                      dimension_score, answered);
              append_change (text, assessment, dimension, score.score);
            }
          else
            /* Translators: a dimension without a score in a chart's
             * description, e.g. "Finances: no score, 1 of 5 answered (0
             * scored, 1 N/A)." */
            g_string_append_printf (text, _("%s: no score, %s."),
                                    bs_dimension_get_title_text (dimension, lang), answered);
        }

      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  return NULL;
}

/**
 * bs_display_next_step_from:
 * @value: a statement's answer
 * @n_stages: the stages of the scale
 *
 * A statement card shows how to move up from the chosen stage; with
 * nothing chosen yet, how to move up from the first. The top stage has
 * nowhere to go, and N/A or "don't know" has no stage to start from.
 *
 * Returns: the stage whose next step to show, or 0 for none
 */
guint
bs_display_next_step_from (int   value,
                           guint n_stages)
{
  if (value == BS_VALUE_NONE)
    return n_stages > 1 ? 1 : 0;
  if (value >= 1 && (guint) value < n_stages)
    return value;

  return 0;
}

/**
 * bs_display_change:
 * @then: last cycle's score, or NAN
 * @now: the score now, or NAN
 * @text: (out) (optional) (transfer full) (nullable): what a row shows,
 *   with a sign and an arrow so that it never rests on colour alone, e.g.
 *   "+0.4 ▲", "−0.3 ▼", "±0.0"; %NULL when there is nothing to compare
 * @spoken: (out) (optional) (transfer full) (nullable): the same for a
 *   screen reader, e.g. "up 0.4 since last cycle"
 *
 * The change is that of the scores as shown, rounded to one decimal.
 *
 * Returns: which way the score went
 */
BsScoreMove
bs_display_change (double  then,
                   double  now,
                   char  **text,
                   char  **spoken)
{
  g_autofree char *amount = NULL;
  double change;
  BsScoreMove move;

  if (text != NULL)
    *text = NULL;
  if (spoken != NULL)
    *spoken = NULL;
  if (isnan (then) || isnan (now))
    return BS_SCORE_MOVE_UNKNOWN;

  /* as the two scores read, one decimal each */
  change = round (now * 10.0) / 10.0 - round (then * 10.0) / 10.0;
  if (change > 0.05)
    move = BS_SCORE_MOVE_UP;
  else if (change < -0.05)
    move = BS_SCORE_MOVE_DOWN;
  else
    move = BS_SCORE_MOVE_SAME;
  amount = bs_display_decimal (fabs (change), 1);

  switch (move)
    {
    case BS_SCORE_MOVE_UP:
      if (text != NULL)
        *text = g_strdup_printf ("+%s ▲", amount);
      if (spoken != NULL)
        /* Translators: a score's change for a screen reader, e.g. "up 0.4 since last cycle" */
        *spoken = g_strdup_printf (_("up %s since last cycle"), amount);
      break;

    case BS_SCORE_MOVE_DOWN:
      if (text != NULL)
        *text = g_strdup_printf ("−%s ▼", amount);
      if (spoken != NULL)
        /* Translators: a score's change for a screen reader, e.g. "down 0.3 since last cycle" */
        *spoken = g_strdup_printf (_("down %s since last cycle"), amount);
      break;

    case BS_SCORE_MOVE_SAME:
    case BS_SCORE_MOVE_UNKNOWN:
    default:
      if (text != NULL)
        *text = g_strdup_printf ("±%s", amount);
      if (spoken != NULL)
        *spoken = g_strdup (_("unchanged since last cycle"));
      break;
    }

  return move;
}

/**
 * bs_display_change_css_class:
 *
 * Returns: (nullable): the style class that colours a change: beside the
 *   sign and the arrow, never instead of them
 */
const char *
bs_display_change_css_class (BsScoreMove move)
{
  switch (move)
    {
    case BS_SCORE_MOVE_UP:
      return "change-up";
    case BS_SCORE_MOVE_DOWN:
      return "change-down";
    case BS_SCORE_MOVE_SAME:
      return "change-same";
    case BS_SCORE_MOVE_UNKNOWN:
    default:
      return NULL;
    }
}
