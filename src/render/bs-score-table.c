/* bs-score-table.c: a level's scores as a table with bars, beside the radar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-render-private.h"
#include "bs-report-strings.h"
#include "bs-score-table.h"

#define FONT_SIZE 8.5
#define PAD 3.0

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

typedef struct
{
  PangoLayout *cells[N_COLUMNS];
  double       score;      /* NAN without one */
  double       target;     /* NAN without one */
  gboolean     total;
  double       height;
} Row;

static void
row_clear (Row *row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&row->cells[c]);
}

static void
row_measure (Row          *row)
{
  row->height = 0;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double h = 0;

      if (row->cells[c] != NULL)
        _bs_render_layout_size (row->cells[c], NULL, &h);
      row->height = MAX (row->height, h);
    }
  row->height += 2 * PAD;
}

static void
draw_bar (cairo_t         *cr,
          const BsPalette *palette,
          double           x,
          double           y,
          double           w,
          double           h,
          double           score,
          double           target,
          guint            n_stages)
{
  double bar_h = MIN (h - 2 * PAD, FONT_SIZE);
  double by = y + (h - bar_h) / 2;

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

  if (!isnan (target))
    {
      double tx = x + w * target / n_stages;

      cairo_set_line_width (cr, 1.5);
      set_rgb (cr, &palette->target);
      cairo_move_to (cr, tx, by - 2);
      cairo_line_to (cr, tx, by + bar_h + 2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static char *
format_value (double      value,
              const char *lang)
{
  return isnan (value) ? g_strdup ("–") : _bs_report_format_score (value, lang);
}

/* Shares of the width, except that a number column is never narrower than
 * its heading: a narrow table (a small window, A5 paper) would otherwise
 * break "Answered" in the middle. The bar, then the dimension names, give
 * up the difference. */
static void
set_column_widths (PangoContext         *context,
                   double                width,
                   const BsReportString *heads,
                   const char           *lang,
                   double               *widths)
{
  double excess = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    widths[c] = width * column_share[c];

  for (guint c = COL_SCORE; c <= COL_ANSWERED; c++)
    {
      g_autoptr(PangoLayout) head = _bs_render_layout_new (context, _bs_report_string (heads[c], lang),
                                                           FONT_SIZE, BS_TEXT_BOLD, 0);
      double natural;

      _bs_render_layout_size (head, &natural, NULL);
      natural = ceil (natural) + 2 * PAD;
      if (natural > widths[c])
        {
          excess += natural - widths[c];
          widths[c] = natural;
        }
    }

  if (excess > 0)
    {
      double from_bar = MIN (excess, MAX (widths[COL_BAR] - width * 0.12, 0));

      widths[COL_BAR] -= from_bar;
      widths[COL_DIMENSION] -= excess - from_bar;
    }
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
  PangoContext *context;
  BsFramework *framework;
  guint n_stages;
  double widths[N_COLUMNS], y = 0;
  g_autoptr(BsLevelScores) scores = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), 0);
  g_return_val_if_fail (level_id != NULL, 0);

  lang = _bs_report_resolve_lang (lang);
  framework = bs_assessment_get_framework (assessment);
  g_return_val_if_fail (bs_framework_lookup_level (framework, level_id) != NULL, 0);

  context = _bs_render_context_new ();
  n_stages = MAX (bs_framework_get_n_stages (framework), 1);
  scores = bs_level_scores_new (assessment, level_id, NULL);

  /* Header */
  {
    Row row = { { NULL } };
    const BsReportString heads[N_COLUMNS] = {
      BS_STR_DIMENSION, BS_STR_SCORE, BS_STR_TARGET, BS_STR_ANSWERED, BS_STR_SCORE
    };

    set_column_widths (context, width, heads, lang, widths);

    for (guint c = 0; c < COL_BAR; c++)
      row.cells[c] = _bs_render_layout_new (context, _bs_report_string (heads[c], lang), FONT_SIZE,
                                            BS_TEXT_BOLD | (c > 0 ? BS_TEXT_RIGHT : 0),
                                            widths[c] - 2 * PAD);
    row.score = row.target = NAN;
    row_measure (&row);
    g_array_append_val (rows, row);
  }

  for (guint i = 0; i < scores->n_dimensions; i++)
    {
      const BsDimensionScores *d = &scores->dimensions[i];
      g_autofree char *score_text = NULL;
      g_autofree char *target_text = NULL;
      g_autofree char *answered = NULL;
      g_autofree char *unscored = NULL;
      Row row = { { NULL } };

      row.score = bs_score_has_score (&d->score) ? d->score.score : NAN;
      row.target = d->target;
      score_text = format_value (row.score, lang);
      target_text = format_value (row.target, lang);
      /* the answers without a score below, the cell wraps them */
      unscored = _bs_report_format_unscored (&d->score, lang);
      answered = g_strdup_printf ("%u/%u%s%s", d->score.answered, d->score.total, unscored != NULL ? "\n" : "",
                                  unscored != NULL ? unscored : "");
      row.cells[COL_DIMENSION] = _bs_render_layout_new (context, bs_dimension_get_title_text (d->dimension, lang),
                                                        FONT_SIZE, BS_TEXT_NORMAL, widths[0] - 2 * PAD);
      row.cells[COL_SCORE] = _bs_render_layout_new (context, score_text, FONT_SIZE, BS_TEXT_BOLD | BS_TEXT_RIGHT,
                                                    widths[1] - 2 * PAD);
      row.cells[COL_TARGET] = _bs_render_layout_new (context, target_text, FONT_SIZE, BS_TEXT_RIGHT,
                                                     widths[2] - 2 * PAD);
      row.cells[COL_ANSWERED] = _bs_render_layout_new (context, answered, FONT_SIZE, BS_TEXT_RIGHT,
                                                       widths[3] - 2 * PAD);
      if (isnan (row.score))
        row.cells[COL_BAR] = _bs_render_layout_new (context, _bs_report_string (BS_STR_NO_ANSWER, lang),
                                                    FONT_SIZE, BS_TEXT_ITALIC, widths[4] - 2 * PAD);
      row_measure (&row);
      g_array_append_val (rows, row);
    }

  {
    g_autofree char *score_text = NULL;
    g_autofree char *target_text = NULL;
    Row row = { { NULL } };

    row.total = TRUE;
    row.score = bs_score_has_score (&scores->score) ? scores->score.score : NAN;
    row.target = scores->target;
    score_text = format_value (row.score, lang);
    target_text = format_value (row.target, lang);
    row.cells[COL_DIMENSION] = _bs_render_layout_new (context, _bs_report_string (BS_STR_LEVEL_SCORE, lang),
                                                      FONT_SIZE, BS_TEXT_BOLD, widths[0] - 2 * PAD);
    row.cells[COL_SCORE] = _bs_render_layout_new (context, score_text, FONT_SIZE, BS_TEXT_BOLD | BS_TEXT_RIGHT,
                                                  widths[1] - 2 * PAD);
    row.cells[COL_TARGET] = _bs_render_layout_new (context, target_text, FONT_SIZE, BS_TEXT_BOLD | BS_TEXT_RIGHT,
                                                   widths[2] - 2 * PAD);
    row_measure (&row);
    g_array_append_val (rows, row);
  }

  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      if (cr != NULL)
        {
          double x = 0;

          cairo_save (cr);
          set_rgb (cr, &palette->foreground);
          for (guint c = 0; c < N_COLUMNS; c++)
            {
              if (row->cells[c] != NULL)
                {
                  double cw;

                  _bs_render_layout_size (row->cells[c], &cw, NULL);
                  if (c > 0 && c < COL_BAR)
                    _bs_render_show_layout (cr, row->cells[c], x + widths[c] - PAD - cw, y + PAD);
                  else
                    _bs_render_show_layout (cr, row->cells[c], x + PAD, y + PAD);
                }
              else if (c == COL_BAR && r > 0 && !row->total)
                draw_bar (cr, palette, x + PAD * 2, y, widths[c] - 3 * PAD, row->height, row->score,
                          row->target, n_stages);
              x += widths[c];
            }

          cairo_set_line_width (cr, r == 0 || r == rows->len - 2 ? 0.8 : 0.4);
          set_rgb (cr, r == 0 || r == rows->len - 2 ? &palette->rule : &palette->rule_light);
          if (r < rows->len - 1)
            {
              cairo_move_to (cr, 0, y + row->height);
              cairo_line_to (cr, width, y + row->height);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
        }
      y += row->height;
      if (bottoms != NULL)
        g_array_append_val (bottoms, y);
      row_clear (row);
    }
  g_object_unref (context);

  return y;
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
