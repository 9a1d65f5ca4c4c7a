/* bs-report-gaps.c: the report's "Targets and largest gaps": each level's dimensions against their targets, and the dimensions furthest below
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-report-private.h"

/* Enough to choose from; every gap is in the tables per level below. */
#define MAX_LARGEST_GAPS 10

#define ROW_PAD 3.5

/* Dimension, level, score, target, gap: the numbers right-aligned in
 * narrow columns, so a long dimension or level title wraps, never cut. */
static const double largest_share[BS_PAGE_FLOW_MAX_CELLS] = { 0.38, 0.26, 0.12, 0.12, 0.12 };
/* Dimension, score, target, gap */
static const double level_share[BS_PAGE_FLOW_MAX_CELLS] = { 0.58, 0.14, 0.14, 0.14, 0 };

void
_bs_report_list_gaps (BsReport  *self,
                      GPtrArray *entries)
{
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_GAPS, self->lang), 0));
}

/* One row of @texts in columns of @share of the width; a column with a
 * share of 0 is left out. Numbers (every column after @n_names) are
 * right-aligned; column @bold (or none, -1) is bold whatever @style. */
static void
row_cells (BsPageFlow   *f,
           const double *share,
           guint         n_names,
           const char  **texts,
           BsTextStyle   style,
           int           bold,
           PangoLayout **cells,
           double       *cell_x)
{
  double x = 0;

  for (guint c = 0; c < BS_PAGE_FLOW_MAX_CELLS; c++)
    {
      double w = f->width * share[c];
      BsTextStyle cell_style = style | ((int) c == bold ? BS_TEXT_BOLD : 0);
      gboolean cut;

      cells[c] = NULL;
      cell_x[c] = x + 4;
      if (w > 0 && texts[c] != NULL)
        {
          /* Titles of a framework are short; a very long one wraps over a
           * few lines rather than running into the next column. */
          cells[c] = _bs_page_flow_cell (f, texts[c], SIZE_SMALL, cell_style, w - 8, 6, &cut);
          if (c >= n_names)
            {
              double lw;

              /* The flow places a cell by its left edge, so the right
               * alignment is done here. */
              _bs_render_layout_size (cells[c], &lw, NULL);
              cell_x[c] = x + w - 4 - lw;
            }
        }
      x += w;
    }
}

/* Places a row; where it does not fit, a new page repeats the header. */
static void
place_row (BsPageFlow   *f,
           PangoLayout **cells,
           const double *cell_x,
           PangoLayout **head_cells,
           const double *head_x)
{
  if (f->y + _bs_page_flow_row_height (cells) + 2 * ROW_PAD > f->bottom)
    {
      _bs_page_flow_new_page (f);
      _bs_page_flow_row (f, head_cells, head_x, TRUE, ROW_PAD);
    }
  _bs_page_flow_row (f, cells, cell_x, FALSE, ROW_PAD);
}

static void
build_largest (BsReport   *self,
               BsPageFlow *f,
               GPtrArray  *levels)
{
  const char *lang = self->lang;
  g_autoptr(GPtrArray) gaps = bs_gaps_largest_dimensions (levels, MAX_LARGEST_GAPS);
  const char *heads[BS_PAGE_FLOW_MAX_CELLS] = {
    _bs_report_string (BS_STR_DIMENSION, lang),
    _bs_report_string (BS_STR_LEVEL, lang),
    _bs_report_string (BS_STR_SCORE, lang),
    _bs_report_string (BS_STR_TARGET, lang),
    _bs_report_string (BS_STR_GAP, lang),
  };
  PangoLayout *head_cells[BS_PAGE_FLOW_MAX_CELLS];
  double head_x[BS_PAGE_FLOW_MAX_CELLS];

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_LARGEST_GAPS, lang), SIZE_H2, BS_FLOW_COLOR_TEXT, 14,
                         4 * SIZE_BODY * 1.3);
  if (gaps->len == 0)
    {
      _bs_page_flow_text (f, _bs_report_string (BS_STR_NO_GAPS, lang), SIZE_BODY, BS_TEXT_ITALIC,
                          BS_FLOW_COLOR_MUTED, 0);
      return;
    }

  row_cells (f, largest_share, 2, heads, BS_TEXT_BOLD, -1, head_cells, head_x);
  f->y += 4;
  _bs_page_flow_ensure (f, 3 * (SIZE_SMALL * 1.3 + 2 * ROW_PAD));
  _bs_page_flow_row (f, head_cells, head_x, TRUE, ROW_PAD);

  for (guint i = 0; i < gaps->len; i++)
    {
      const BsDimensionGap *gap = g_ptr_array_index (gaps, i);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, bs_dimension_get_title_text (gap->dimension, lang));
      g_autofree char *score = _bs_report_format_score (gap->score, lang);
      g_autofree char *target = _bs_report_format_score (gap->target, lang);
      g_autofree char *difference = _bs_report_format_signed (gap->gap, lang);
      const char *texts[BS_PAGE_FLOW_MAX_CELLS] = {
        title, bs_level_get_title_text (gap->level, lang), score, target, difference
      };
      PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS];
      double cell_x[BS_PAGE_FLOW_MAX_CELLS];

      /* The gap is what the list is ordered by: it stands out. */
      row_cells (f, largest_share, 2, texts, BS_TEXT_NORMAL, 4, cells, cell_x);
      place_row (f, cells, cell_x, head_cells, head_x);
    }
}

static void
build_level (BsReport            *self,
             BsPageFlow          *f,
             const BsLevelScores *scores)
{
  const char *lang = self->lang;
  const char *heads[BS_PAGE_FLOW_MAX_CELLS] = {
    _bs_report_string (BS_STR_DIMENSION, lang),
    _bs_report_string (BS_STR_SCORE, lang),
    _bs_report_string (BS_STR_TARGET, lang),
    _bs_report_string (BS_STR_GAP, lang),
    NULL,
  };
  PangoLayout *head_cells[BS_PAGE_FLOW_MAX_CELLS];
  double head_x[BS_PAGE_FLOW_MAX_CELLS];

  /* The level's heading stays with its table, which is short enough to
   * keep on one page (a level of a dozen dimensions is a third of one). */
  double keep = MIN ((scores->n_dimensions + 2) * (SIZE_SMALL * 1.3 + 2 * ROW_PAD) + 4,
                     (f->bottom - f->top) * 0.8);

  _bs_page_flow_heading (f, bs_level_get_title_text (scores->level, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 12, keep);
  row_cells (f, level_share, 1, heads, BS_TEXT_BOLD, -1, head_cells, head_x);
  f->y += 2;
  _bs_page_flow_row (f, head_cells, head_x, TRUE, ROW_PAD);

  for (guint i = 0; i <= scores->n_dimensions; i++)
    {
      gboolean total = i == scores->n_dimensions;
      const BsDimensionScores *d = total ? NULL : &scores->dimensions[i];
      const BsScore *score = total ? &scores->score : &d->score;
      double target = total ? scores->target : d->target;
      double gap = total ? bs_gaps_level (scores) : bs_gaps_dimension (d);
      g_autofree char *score_text = bs_score_has_score (score) ? _bs_report_format_score (score->score, lang)
                                                               : g_strdup ("–");
      g_autofree char *target_text = isnan (target) ? g_strdup ("–") : _bs_report_format_score (target, lang);
      g_autofree char *gap_text = _bs_report_format_signed (gap, lang);
      const char *texts[BS_PAGE_FLOW_MAX_CELLS] = {
        total ? _bs_report_string (BS_STR_LEVEL_SCORE, lang) : bs_dimension_get_title_text (d->dimension, lang),
        score_text, target_text, gap_text, NULL
      };
      PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS];
      double cell_x[BS_PAGE_FLOW_MAX_CELLS];

      row_cells (f, level_share, 1, texts, total ? BS_TEXT_BOLD : BS_TEXT_NORMAL, -1, cells, cell_x);
      place_row (f, cells, cell_x, head_cells, head_x);
    }
}

void
_bs_report_build_gaps (BsReport   *self,
                       BsPageFlow *f)
{
  const char *lang = self->lang;
  g_autoptr(GPtrArray) levels = bs_gaps_level_scores (self->assessment);

  if (!bs_gaps_any_target (levels))
    {
      /* One line says so; no page of its own for it. */
      _bs_page_flow_space (f, 24);
      _bs_page_flow_section (f, _bs_report_string (BS_STR_GAPS, lang), 0);
      _bs_page_flow_heading (f, _bs_report_string (BS_STR_GAPS, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0,
                             3 * SIZE_BODY * 1.3);
      _bs_page_flow_text (f, _bs_report_string (BS_STR_NO_TARGETS, lang), SIZE_BODY, BS_TEXT_ITALIC,
                          BS_FLOW_COLOR_MUTED, 0);
      return;
    }

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_GAPS, lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_GAPS, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);
  _bs_page_flow_text (f, _bs_report_string (BS_STR_GAPS_INTRO, lang), SIZE_BODY, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);

  build_largest (self, f, levels);

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_TARGETS_PER_LEVEL, lang), SIZE_H2, BS_FLOW_COLOR_TEXT, 18,
                         6 * (SIZE_SMALL * 1.3 + 2 * ROW_PAD));
  for (guint l = 0; l < levels->len; l++)
    build_level (self, f, g_ptr_array_index (levels, l));
}
