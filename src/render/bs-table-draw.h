/* bs-table-draw.h: the table with a bar per row that the score and the spread tables share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-render-private.h"
#include "bs-report-strings.h"

G_BEGIN_DECLS

#define BS_TABLE_FONT_SIZE 8.5
#define BS_TABLE_PAD 3.0
#define BS_TABLE_MAX_COLUMNS 6

typedef enum
{
  BS_TABLE_RULE_LIGHT,
  BS_TABLE_RULE_HEAVY,
  BS_TABLE_RULE_NONE,
} BsTableRule;

typedef struct
{
  PangoLayout   *cells[BS_TABLE_MAX_COLUMNS];
  gconstpointer  data;      /* the caller's, for its bar; NULL in the header */
  BsTableRule    rule;      /* under the row */
  double         height;
} BsTableRow;

/* The first column is a name, left-aligned; the last a bar the caller
 * draws; the ones between are numbers, right-aligned. */
typedef struct
{
  PangoContext *context;
  const char   *lang;
  guint         n_columns;
  double        width;
  double        widths[BS_TABLE_MAX_COLUMNS];
  GArray       *rows;       /* BsTableRow, the header first */
} BsTable;

/* Draws the bar of a row whose last cell is empty, in (x, y, w, h);
 * @row_data is the row's data, NULL in the header. */
typedef void (*BsTableBarFunc) (cairo_t         *cr,
                                BsTable         *table,
                                const BsPalette *palette,
                                gconstpointer    row_data,
                                double           x,
                                double           y,
                                double           w,
                                double           h,
                                gpointer         user_data);

void        _bs_table_init         (BsTable              *table,
                                    double                width,
                                    guint                 n_columns,
                                    const double         *shares,
                                    double                min_bar_share,
                                    const BsReportString *heads,
                                    const char           *lang);
BsTableRow *_bs_table_add_row      (BsTable              *table,
                                    gconstpointer         data);
void        _bs_table_set_cell     (BsTable              *table,
                                    BsTableRow           *row,
                                    guint                 column,
                                    const char           *text,
                                    BsTextStyle           style);
double      _bs_table_run          (BsTable              *table,
                                    cairo_t              *cr,
                                    const BsPalette      *palette,
                                    BsTableBarFunc        draw_bar,
                                    gpointer              user_data,
                                    GArray               *bottoms);
void        _bs_table_clear        (BsTable              *table);
char       *_bs_table_format_value (double                value,
                                    const char           *lang);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BsTable, _bs_table_clear)

G_END_DECLS
