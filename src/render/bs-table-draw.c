/* bs-table-draw.c: the table with a bar per row that the score and the spread tables share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-table-draw.h"

#define FONT_SIZE BS_TABLE_FONT_SIZE
#define PAD BS_TABLE_PAD

static void
row_measure (BsTable    *table,
             BsTableRow *row)
{
  row->height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      double h = 0;

      if (row->cells[c] != NULL)
        _bs_render_layout_size (row->cells[c], NULL, &h);
      row->height = MAX (row->height, h);
    }
  row->height += 2 * PAD;
}

/* Shares of the width, except that a number column is never narrower than
 * its heading: a narrow table (a small window, A5 paper) would otherwise
 * break "Answered" in the middle. The bar, down to @min_bar_share, then the
 * names, give up the difference. */
static void
set_column_widths (BsTable              *table,
                   const double         *shares,
                   double                min_bar_share,
                   const BsReportString *heads)
{
  guint bar = table->n_columns - 1;
  double *widths = table->widths;
  double excess = 0;

  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = table->width * shares[c];

  for (guint c = 1; c < bar; c++)
    {
      g_autoptr(PangoLayout) head = _bs_render_layout_new (table->context, _bs_report_string (heads[c], table->lang),
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
      double from_bar = MIN (excess, MAX (widths[bar] - table->width * min_bar_share, 0));

      widths[bar] -= from_bar;
      widths[0] -= excess - from_bar;
    }
}

/**
 * _bs_table_init:
 * @n_columns: at most %BS_TABLE_MAX_COLUMNS, the bar included
 * @shares: the fraction of @width of each column
 * @heads: the heading of each column but the bar
 * @lang: a resolved language
 *
 * Sets up @table, @width wide, with its header row, under a heavy rule.
 */
void
_bs_table_init (BsTable              *table,
                double                width,
                guint                 n_columns,
                const double         *shares,
                double                min_bar_share,
                const BsReportString *heads,
                const char           *lang)
{
  BsTableRow *header;

  g_assert (n_columns >= 2 && n_columns <= BS_TABLE_MAX_COLUMNS);

  *table = (BsTable) {
    .context = _bs_render_context_new (),
    .lang = lang,
    .n_columns = n_columns,
    .width = width,
    .rows = g_array_new (FALSE, TRUE, sizeof (BsTableRow)),
  };
  set_column_widths (table, shares, min_bar_share, heads);

  header = _bs_table_add_row (table, NULL);
  header->rule = BS_TABLE_RULE_HEAVY;
  for (guint c = 0; c < n_columns - 1; c++)
    _bs_table_set_cell (table, header, c, _bs_report_string (heads[c], lang),
                        BS_TEXT_BOLD | (c > 0 ? BS_TEXT_RIGHT : 0));
}

/* Returns: (transfer none): the new last row, with no cells and a light
 * rule; valid until the next row is added */
BsTableRow *
_bs_table_add_row (BsTable       *table,
                   gconstpointer  data)
{
  BsTableRow row = { .data = data, .rule = BS_TABLE_RULE_LIGHT };

  g_array_append_val (table->rows, row);

  return &g_array_index (table->rows, BsTableRow, table->rows->len - 1);
}

/* Replaces the cell's text, if any: wrapped to the column. */
void
_bs_table_set_cell (BsTable     *table,
                    BsTableRow  *row,
                    guint        column,
                    const char  *text,
                    BsTextStyle  style)
{
  g_assert (column < table->n_columns);

  g_clear_object (&row->cells[column]);
  row->cells[column] = _bs_render_layout_new (table->context, text, FONT_SIZE, style,
                                              table->widths[column] - 2 * PAD);
}

/**
 * _bs_table_run:
 * @cr: (nullable): where to draw, from (0, 0); %NULL only measures
 * @bottoms: (nullable): gets the bottom of each row
 *
 * Returns: the height of the table
 */
double
_bs_table_run (BsTable         *table,
               cairo_t         *cr,
               const BsPalette *palette,
               BsTableBarFunc   draw_bar,
               gpointer         user_data,
               GArray          *bottoms)
{
  guint bar = table->n_columns - 1;
  double y = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      BsTableRow *row = &g_array_index (table->rows, BsTableRow, r);

      row_measure (table, row);
      if (cr != NULL)
        {
          double x = 0;

          cairo_save (cr);
          set_rgb (cr, &palette->foreground);
          for (guint c = 0; c < table->n_columns; c++)
            {
              double cw = table->widths[c];

              if (row->cells[c] != NULL)
                {
                  double lw;

                  _bs_render_layout_size (row->cells[c], &lw, NULL);
                  if (c > 0 && c < bar)
                    _bs_render_show_layout (cr, row->cells[c], x + cw - PAD - lw, y + PAD);
                  else
                    _bs_render_show_layout (cr, row->cells[c], x + PAD, y + PAD);
                }
              else if (c == bar)
                draw_bar (cr, table, palette, row->data, x + PAD * 2, y, cw - 3 * PAD, row->height, user_data);
              x += cw;
            }

          if (row->rule != BS_TABLE_RULE_NONE)
            {
              gboolean heavy = row->rule == BS_TABLE_RULE_HEAVY;

              cairo_set_line_width (cr, heavy ? 0.8 : 0.4);
              set_rgb (cr, heavy ? &palette->rule : &palette->rule_light);
              cairo_move_to (cr, 0, y + row->height);
              cairo_line_to (cr, table->width, y + row->height);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
        }
      y += row->height;
      if (bottoms != NULL)
        g_array_append_val (bottoms, y);
    }

  return y;
}

void
_bs_table_clear (BsTable *table)
{
  if (table->rows != NULL)
    {
      for (guint r = 0; r < table->rows->len; r++)
        {
          BsTableRow *row = &g_array_index (table->rows, BsTableRow, r);

          for (guint c = 0; c < BS_TABLE_MAX_COLUMNS; c++)
            g_clear_object (&row->cells[c]);
        }
      g_clear_pointer (&table->rows, g_array_unref);
    }
  g_clear_object (&table->context);
}

/* A score, or a dash without one. */
char *
_bs_table_format_value (double      value,
                        const char *lang)
{
  return isnan (value) ? g_strdup ("–") : _bs_report_format_score (value, lang);
}
