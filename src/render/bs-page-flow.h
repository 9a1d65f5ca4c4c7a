/* bs-page-flow.h: the page-flow engine the report is laid out with; private to the render library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-render-private.h"

G_BEGIN_DECLS

/* The columns of a table row. */
#define BS_PAGE_FLOW_MAX_CELLS 5

typedef enum
{
  BS_FLOW_COLOR_TEXT,
  BS_FLOW_COLOR_MUTED,
  BS_FLOW_COLOR_ACCENT,
} BsFlowColor;

/* A section as the contents and the PDF outline list it. */
typedef struct
{
  char  *title;
  guint  depth;
  guint  page;    /* 0-based */
} BsFlowSection;

/* Draws a picture (a chart, a table) with its top left at the origin of @cr. */
typedef void    (*BsFlowDrawFunc)   (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  data);
/* Where a table may break over pages, from its top: the bottom of its
 * header row, then the bottom of each row. */
typedef GArray *(*BsFlowBreaksFunc) (double    width,
                                     gpointer  data);

typedef struct _BsFlowPiece   BsFlowPiece;
typedef struct _BsFlowPicture BsFlowPicture;

/* Places text, rows and pictures on pages, top to bottom, starting a new
 * page where one is full; then draws any page. What it lays out belongs to
 * the caller; it knows nothing of what a report holds. */
typedef struct
{
  /* The cursor and the page body, in points: the content reads them and
   * may move y (a space, a fixed position on the cover). */
  double         y;
  double         top;
  double         bottom;
  double         left;
  double         width;

  /*< private >*/
  PangoContext  *context;
  GPtrArray     *layouts;     /* owns every PangoLayout the items use */
  GPtrArray     *pieces;      /* owns every BsFlowPiece the items use */
  GPtrArray     *pictures;    /* owns every BsFlowPicture the items use */
  GPtrArray     *pages;       /* a GArray of items per page */
  GPtrArray     *sections;    /* BsFlowSection */
  GArray        *page;        /* the page being filled */
  const BsFlowPiece *piece;   /* the text runs being placed show this piece */
} BsPageFlow;

BsPageFlow    *_bs_page_flow_new           (PangoContext *context,
                                            double        left,
                                            double        top,
                                            double        width,
                                            double        bottom);
void           _bs_page_flow_free          (BsPageFlow *f);

/* Pages and sections */
guint          _bs_page_flow_get_n_pages   (BsPageFlow *f);
guint          _bs_page_flow_page_index    (BsPageFlow *f);
void           _bs_page_flow_new_page      (BsPageFlow *f);
void           _bs_page_flow_ensure        (BsPageFlow *f,
                                            double      h);
void           _bs_page_flow_space         (BsPageFlow *f,
                                            double      h);
BsFlowSection *_bs_page_flow_section       (BsPageFlow *f,
                                            const char *title,
                                            guint       depth);
GPtrArray     *_bs_page_flow_get_sections  (BsPageFlow *f);
BsFlowSection *_bs_flow_section_new        (const char *title,
                                            guint       depth);
void           _bs_flow_section_free       (gpointer section);

/* Layouts the flow keeps as long as its pages */
PangoLayout   *_bs_page_flow_layout        (BsPageFlow  *f,
                                            const char  *text,
                                            double       size,
                                            BsTextStyle  style,
                                            double       width);
PangoLayout   *_bs_page_flow_cell          (BsPageFlow  *f,
                                            const char  *text,
                                            double       size,
                                            BsTextStyle  style,
                                            double       width,
                                            int          max_lines,
                                            gboolean    *cut);
double         _bs_page_flow_row_height    (PangoLayout **cells);

/* What can be placed */
void           _bs_page_flow_text          (BsPageFlow  *f,
                                            const char  *text,
                                            double       size,
                                            BsTextStyle  style,
                                            BsFlowColor  color,
                                            double       indent);
void           _bs_page_flow_user_text     (BsPageFlow  *f,
                                            const char  *label_markup,
                                            const char  *text,
                                            double       size,
                                            BsTextStyle  style,
                                            BsFlowColor  color,
                                            double       indent);
void           _bs_page_flow_block         (BsPageFlow  *f,
                                            const char  *text,
                                            double       size,
                                            BsTextStyle  style,
                                            BsFlowColor  color,
                                            double       keep);
void           _bs_page_flow_heading       (BsPageFlow  *f,
                                            const char  *text,
                                            double       size,
                                            BsFlowColor  color,
                                            double       space_before,
                                            double       keep);
void           _bs_page_flow_rule          (BsPageFlow *f);
void           _bs_page_flow_row           (BsPageFlow    *f,
                                            PangoLayout  **cells,
                                            const double  *cell_x,
                                            gboolean       shaded,
                                            double         pad);
void           _bs_page_flow_contents_line (BsPageFlow  *f,
                                            PangoLayout *title,
                                            guint        section,
                                            double       indent,
                                            double       space_before,
                                            double       number_size,
                                            BsTextStyle  number_style);
void           _bs_page_flow_picture       (BsPageFlow     *f,
                                            double          height,
                                            BsFlowDrawFunc  draw,
                                            gpointer        data,
                                            GDestroyNotify  destroy);
void           _bs_page_flow_table         (BsPageFlow       *f,
                                            double            height,
                                            BsFlowDrawFunc    draw,
                                            BsFlowBreaksFunc  breaks,
                                            gpointer          data,
                                            GDestroyNotify    destroy);

/* Drawing */
void           _bs_page_flow_draw_page     (BsPageFlow *f,
                                            cairo_t    *cr,
                                            guint       page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsPageFlow, _bs_page_flow_free)

G_END_DECLS
