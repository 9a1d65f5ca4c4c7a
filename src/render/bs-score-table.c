/* bs-score-table.c: a level's scores as a table with bars, beside the radar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-score-table.h"
#include "bs-table-draw.h"

#define FONT_SIZE BS_TABLE_FONT_SIZE
#define PAD BS_TABLE_PAD

enum {
  COL_DIMENSION,
  COL_SCORE,
  COL_TARGET,
  COL_ANSWERED,
  COL_BAR,
  N_COLUMNS
};

/* Fractions of the width; the bar gets what is left. */
static const double column_share[N_COLUMNS] = { 0.40, 0.10, 0.10, 0.14, 0.26 };

static double
score_or_nan (const BsScore *score)
{
  return bs_score_has_score (score) ? score->score : NAN;
}

/* The bar of a dimension's row (@row_data, a BsDimensionScores); the
 * header and the total have none. */
static void
draw_bar (cairo_t         *cr,
          BsTable         *table,
          const BsPalette *palette,
          gconstpointer    row_data,
          double           x,
          double           y,
          double           w,
          double           h,
          gpointer         user_data)
{
  const BsDimensionScores *d = row_data;
  guint n_stages = GPOINTER_TO_UINT (user_data);
  double bar_h = MIN (h - 2 * PAD, FONT_SIZE);
  double by = y + (h - bar_h) / 2;
  double score;

  if (d == NULL)
    return;
  score = score_or_nan (&d->score);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, by, w, bar_h);
  set_rgb (cr, &palette->trough);
  cairo_fill (cr);

  if (!isnan (score))
    {
      cairo_rectangle (cr, x, by, w * score / n_stages, bar_h);
      set_rgba (cr, &palette->current, 0.75);
      cairo_fill (cr);
    }

  /* Ticks per stage, so the bar reads without numbers. */
  cairo_set_line_width (cr, 0.5);
  set_rgb (cr, &palette->background);
  for (guint k = 1; k < n_stages; k++)
    {
      cairo_move_to (cr, x + w * k / n_stages, by);
      cairo_line_to (cr, x + w * k / n_stages, by + bar_h);
    }
  cairo_stroke (cr);

  if (!isnan (d->target))
    {
      double tx = x + w * d->target / n_stages;

      cairo_set_line_width (cr, 1.5);
      set_rgb (cr, &palette->target);
      cairo_move_to (cr, tx, by - 2);
      cairo_line_to (cr, tx, by + bar_h + 2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The change since the previous cycle under a score, with its sign:
 * "+0.4", "−0.3", "±0.0" (the narrow column has no room for the arrow the
 * sidebar adds); NULL when either is missing. */
static char *
change_text (double      then,
             double      now,
             const char *lang)
{
  double change;
  g_autofree char *amount = NULL;

  if (isnan (then) || isnan (now))
    return NULL;

  /* as the two scores read, one decimal each */
  change = round (now * 10.0) / 10.0 - round (then * 10.0) / 10.0;
  amount = _bs_report_format_score (fabs (change), lang);
  if (change > 0.05)
    return g_strconcat ("+", amount, NULL);
  if (change < -0.05)
    return g_strconcat ("−", amount, NULL);

  return g_strconcat ("±", amount, NULL);
}

/* Draws with @cr, or only measures without; @bottoms, when given, gets
 * the bottom of each row. */
static double
run_table (cairo_t         *cr,
           double           width,
           BsAssessment    *assessment,
           const char      *level_id,
           const char      *lang,
           const BsPalette *palette,
           GArray          *bottoms)
{
  BsFramework *framework;
  BsTableRow *row;
  guint n_stages;
  g_autoptr(BsLevelScores) scores = NULL;
  g_auto(BsTable) table = { 0 };
  const BsReportString heads[N_COLUMNS - 1] = {
    BS_STR_DIMENSION, BS_STR_SCORE, BS_STR_TARGET, BS_STR_ANSWERED
  };

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), 0);
  g_return_val_if_fail (level_id != NULL, 0);

  lang = _bs_report_resolve_lang (lang);
  framework = bs_assessment_get_framework (assessment);
  g_return_val_if_fail (bs_framework_lookup_level (framework, level_id) != NULL, 0);

  n_stages = MAX (bs_framework_get_n_stages (framework), 1);
  scores = bs_level_scores_new (assessment, level_id, NULL);
  _bs_table_init (&table, width, N_COLUMNS, column_share, 0.12, heads, lang);

  for (guint i = 0; i < scores->n_dimensions; i++)
    {
      const BsDimensionScores *d = &scores->dimensions[i];
      double score = score_or_nan (&d->score);
      g_autofree char *score_text = _bs_table_format_value (score, lang);
      g_autofree char *target_text = _bs_table_format_value (d->target, lang);
      g_autofree char *change = scores->has_previous ? change_text (d->previous, score, lang) : NULL;
      /* the answers without a score below, the cell wraps them */
      g_autofree char *unscored = _bs_report_format_unscored (&d->score, lang);
      g_autofree char *answered = g_strdup_printf ("%u/%u%s%s", d->score.answered, d->score.total,
                                                   unscored != NULL ? "\n" : "", unscored != NULL ? unscored : "");

      if (change != NULL)
        {
          char *with_change = g_strconcat (score_text, "\n", change, NULL);

          g_free (score_text);
          score_text = with_change;
        }
      row = _bs_table_add_row (&table, d);
      _bs_table_set_cell (&table, row, COL_DIMENSION, bs_dimension_get_title_text (d->dimension, lang),
                          BS_TEXT_NORMAL);
      _bs_table_set_cell (&table, row, COL_SCORE, score_text, BS_TEXT_BOLD | BS_TEXT_RIGHT);
      _bs_table_set_cell (&table, row, COL_TARGET, target_text, BS_TEXT_RIGHT);
      _bs_table_set_cell (&table, row, COL_ANSWERED, answered, BS_TEXT_RIGHT);
      if (isnan (score))
        _bs_table_set_cell (&table, row, COL_BAR, _bs_report_string (BS_STR_NO_ANSWER, lang), BS_TEXT_ITALIC);
    }

  /* The level's total, set off by a heavy rule, closes the table. */
  g_array_index (table.rows, BsTableRow, table.rows->len - 1).rule = BS_TABLE_RULE_HEAVY;
  {
    g_autofree char *score_text = _bs_table_format_value (score_or_nan (&scores->score), lang);
    g_autofree char *target_text = _bs_table_format_value (scores->target, lang);

    row = _bs_table_add_row (&table, NULL);
    row->rule = BS_TABLE_RULE_NONE;
    _bs_table_set_cell (&table, row, COL_DIMENSION, _bs_report_string (BS_STR_LEVEL_SCORE, lang), BS_TEXT_BOLD);
    _bs_table_set_cell (&table, row, COL_SCORE, score_text, BS_TEXT_BOLD | BS_TEXT_RIGHT);
    _bs_table_set_cell (&table, row, COL_TARGET, target_text, BS_TEXT_BOLD | BS_TEXT_RIGHT);
  }

  return _bs_table_run (&table, cr, palette, draw_bar, GUINT_TO_POINTER (n_stages), bottoms);
}

/**
 * bs_score_table_draw:
 *
 * Draws the scores of a level as a table with a bar per dimension, from
 * (0, 0) of @cr, @width wide: the same numbers as the radar, for readers
 * who cannot read one.
 *
 * Returns: the height used
 */
double
bs_score_table_draw (cairo_t      *cr,
                     double        width,
                     BsAssessment *assessment,
                     const char   *level_id,
                     const char   *lang)
{
  g_return_val_if_fail (cr != NULL, 0);

  return run_table (cr, width, assessment, level_id, lang, bs_palette_get_print (), NULL);
}

/**
 * bs_score_table_draw_with_palette:
 * @palette: (nullable): the colours; %NULL means bs_palette_get_print()
 *
 * Like bs_score_table_draw(), in the colours of @palette: the screen's
 * style rather than paper.
 *
 * Returns: the height used
 */
double
bs_score_table_draw_with_palette (cairo_t         *cr,
                                  double           width,
                                  BsAssessment    *assessment,
                                  const char      *level_id,
                                  const char      *lang,
                                  const BsPalette *palette)
{
  g_return_val_if_fail (cr != NULL, 0);

  return run_table (cr, width, assessment, level_id, lang,
                    palette != NULL ? palette : bs_palette_get_print (), NULL);
}

/**
 * bs_score_table_measure:
 *
 * Returns: the height bs_score_table_draw() would use
 */
double
bs_score_table_measure (double        width,
                        BsAssessment *assessment,
                        const char   *level_id,
                        const char   *lang)
{
  return run_table (NULL, width, assessment, level_id, lang, bs_palette_get_print (), NULL);
}

/**
 * bs_score_table_row_bottoms:
 *
 * Where the rows of the table end, from its top: the header row first,
 * the level's total last. A table taller than a page is split between
 * rows there.
 *
 * Returns: (transfer full) (element-type double): one value per row
 */
GArray *
bs_score_table_row_bottoms (double        width,
                            BsAssessment *assessment,
                            const char   *level_id,
                            const char   *lang)
{
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));

  run_table (NULL, width, assessment, level_id, lang, bs_palette_get_print (), bottoms);

  return bottoms;
}
