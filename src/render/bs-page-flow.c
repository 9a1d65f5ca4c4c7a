/* bs-page-flow.c: the page-flow engine: places text, table rows and pictures on pages and draws them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <string.h>

#include "bs-links.h"
#include "bs-page-flow.h"

#define MAX_CELLS BS_PAGE_FLOW_MAX_CELLS

/* Pango lays out a user's text in pieces of this size (see
 * _bs_page_flow_user_text()): about 40 lines of the body text. */
#define TEXT_PIECE_BYTES 4096
/* A table cell shows at most this much of a text (what fits is less). */
#define CELL_TEXT_BYTES  2048

typedef enum
{
  ITEM_TEXT,
  ITEM_PICTURE,
  ITEM_TABLE,
  ITEM_ROW,
  ITEM_CONTENTS,
  ITEM_RULE,
} ItemKind;

/* A piece of a user's text (see _bs_page_flow_user_text()), kept as text
 * rather than as its pango layout: a layout takes some 50 bytes a
 * character, and a report of long notes would hold hundreds of megabytes
 * of them. The piece is laid out again, the same way, when its page is
 * drawn. */
struct _BsFlowPiece
{
  char        *text;
  double       size;
  BsTextStyle  style;
  double       width;
  gboolean     cut;     /* the text goes on in the next piece */
};

/* A chart or a table, drawn by its owner. */
struct _BsFlowPicture
{
  BsFlowDrawFunc draw;
  gpointer       data;
  GDestroyNotify destroy;
};

/* One thing placed on one page. A text that flows over a page break
 * becomes one item per page, each showing its own range of lines. */
typedef struct
{
  ItemKind     kind;
  BsFlowColor  color;
  double       x;
  double       y;
  double       width;
  double       height;
  PangoLayout *layout;          /* TEXT, CONTENTS (the title) */
  const BsFlowPiece *piece;     /* TEXT without a layout: laid out again to draw */
  int          first_line;      /* TEXT */
  int          n_lines;         /* TEXT */
  double       origin_y;        /* TEXT: where the layout's top would be */
  const BsFlowPicture *picture; /* PICTURE, TABLE */
  guint        section;         /* CONTENTS: the index of the section listed */
  double       number_size;     /* CONTENTS: the page number's text */
  BsTextStyle  number_style;
  double       slice_top;       /* TABLE: the rows shown, from the table's top */
  double       slice_bottom;
  double       header_height;   /* TABLE: the header row repeated above them */
  PangoLayout *cells[MAX_CELLS];/* ROW */
  double       cell_x[MAX_CELLS];
  gboolean     shaded;          /* ROW: a table header */
} Item;

static void
piece_free (gpointer data)
{
  BsFlowPiece *piece = data;

  g_free (piece->text);
  g_free (piece);
}

static void
picture_free (gpointer data)
{
  BsFlowPicture *picture = data;

  if (picture->destroy != NULL)
    picture->destroy (picture->data);
  g_free (picture);
}

static const BsFlowPicture *
add_picture (BsPageFlow     *f,
             BsFlowDrawFunc  draw,
             gpointer        data,
             GDestroyNotify  destroy)
{
  BsFlowPicture *picture = g_new0 (BsFlowPicture, 1);

  picture->draw = draw;
  picture->data = data;
  picture->destroy = destroy;
  g_ptr_array_add (f->pictures, picture);

  return picture;
}

static double
layout_height (PangoLayout *layout)
{
  double h;

  _bs_render_layout_size (layout, NULL, &h);

  return h;
}

static void
add_text_run (BsPageFlow  *f,
              PangoLayout *layout,
              BsFlowColor  color,
              double       indent,
              int          first,
              int          n,
              double       origin_y,
              double       top,
              double       bottom)
{
  Item item = { ITEM_TEXT };

  item.color = color;
  if (f->piece != NULL)
    item.piece = f->piece;
  else
    item.layout = layout;
  item.first_line = first;
  item.n_lines = n;
  item.origin_y = origin_y;
  item.x = f->left + indent;
  item.y = top;
  item.width = f->width - indent;
  item.height = bottom - top;
  g_array_append_val (f->page, item);
}

/* Places the first @max_lines lines of a paragraph (all of them when -1),
 * breaking it between lines where the page ends, so a long note continues
 * on the next page instead of running off this one. */
static void
place_layout_lines (BsPageFlow  *f,
                    PangoLayout *layout,
                    BsFlowColor  color,
                    double       indent,
                    int          max_lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int line = 0, run_first = 0;
  double origin = f->y, run_top = f->y, last_bottom = f->y;

  do
    {
      int y0, y1;
      double top, bottom;

      if (max_lines >= 0 && line >= max_lines)
        break;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = origin + (double) y0 / PANGO_SCALE;
      bottom = origin + (double) y1 / PANGO_SCALE;

      if (bottom > f->bottom && top > f->top + 0.01)
        {
          if (line > run_first)
            add_text_run (f, layout, color, indent, run_first, line - run_first,
                          origin, run_top, last_bottom);
          _bs_page_flow_new_page (f);
          origin = f->top - (double) y0 / PANGO_SCALE;
          run_first = line;
          run_top = f->top;
          bottom = origin + (double) y1 / PANGO_SCALE;
        }
      last_bottom = bottom;
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (line > run_first)
    add_text_run (f, layout, color, indent, run_first, line - run_first,
                  origin, run_top, last_bottom);
  f->y = last_bottom;
}

static void
place_layout (BsPageFlow  *f,
              PangoLayout *layout,
              BsFlowColor  color,
              double       indent)
{
  place_layout_lines (f, layout, color, indent, -1);
}

/* Where a piece of at most @max bytes of @p ends: on a character, and not
 * between the two halves of a CR LF. */
static const char *
piece_end (const char *p,
           const char *end,
           gsize       max)
{
  const char *q;

  if ((gsize) (end - p) <= max)
    return end;

  q = p + max;
  while (q > p + 1 && (*q & 0xC0) == 0x80)
    q--;
  if (q > p + 1 && q[-1] == '\r' && *q == '\n')
    q--;

  return q;
}

static gboolean
has_space (const char *p,
           const char *end)
{
  for (; p < end; p++)
    if (*p == ' ' || *p == '\n' || *p == '\t')
      return TRUE;

  return FALSE;
}

static void
set_color (cairo_t     *cr,
           BsFlowColor  color)
{
  switch (color)
    {
    case BS_FLOW_COLOR_MUTED:
      cairo_set_source_rgb (cr, BS_COLOR_MUTED);
      break;
    case BS_FLOW_COLOR_ACCENT:
      cairo_set_source_rgb (cr, 0.05, 0.30, 0.50);
      break;
    case BS_FLOW_COLOR_TEXT:
    default:
      cairo_set_source_rgb (cr, BS_COLOR_TEXT);
      break;
    }
}

/* A link's address as a cairo tag attribute: quoted, its quotes escaped. */
static char *
link_attributes (const char *uri)
{
  GString *attrs = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attrs, '\\');
      g_string_append_c (attrs, *p);
    }
  g_string_append_c (attrs, '\'');

  return g_string_free (attrs, FALSE);
}

/* One link annotation over x, y, w, h. The area is given, not taken from
 * what is drawn inside the tag: cairo 1.16 skips a transparent fill, so a
 * link around one has no area and is left out of the PDF. */
static void
tag_area (cairo_t    *cr,
          const char *attrs,
          double      x,
          double      y,
          double      w,
          double      h)
{
  char num[4][G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *tag = NULL;

  /* Not printf's %g: a Dutch locale would write commas. */
  g_ascii_formatd (num[0], sizeof num[0], "%.2f", x);
  g_ascii_formatd (num[1], sizeof num[1], "%.2f", y);
  g_ascii_formatd (num[2], sizeof num[2], "%.2f", w);
  g_ascii_formatd (num[3], sizeof num[3], "%.2f", h);
  tag = g_strdup_printf ("%s rect=[%s %s %s %s]", attrs, num[0], num[1], num[2], num[3]);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, tag);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

/* Makes the links (bs-links.c) in the lines of @layout that @item shows
 * clickable in a PDF: each part of a link on a line is a link
 * annotation to the whole address. Other surfaces have no links. */
static void
tag_links (cairo_t     *cr,
           PangoLayout *layout,
           const Item  *item)
{
  const char *text = pango_layout_get_text (layout);
  gsize text_len = strlen (text);
  g_autoptr(GArray) spans = NULL;

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_PDF ||
      strchr (text, ':') == NULL)
    return;

  spans = bs_links_find (text);
  for (guint s = 0; s < spans->len; s++)
    {
      const BsLinkSpan *span = &g_array_index (spans, BsLinkSpan, s);
      g_autofree char *uri = NULL;
      g_autofree char *attrs = NULL;
      PangoLayoutIter *iter;
      int line = 0;

      /* It may go on in the next piece: an address cut short would lead
       * elsewhere. The next piece starts with this line again. */
      if (item->piece != NULL && item->piece->cut && span->end == text_len)
        continue;

      uri = bs_link_to_uri (text + span->start, span->end - span->start);
      attrs = link_attributes (uri);
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *l = pango_layout_iter_get_line_readonly (iter);
          int from = MAX ((int) span->start, l->start_index);
          int to = MIN ((int) span->end, l->start_index + l->length);
          PangoRectangle logical;
          int *ranges = NULL, n_ranges = 0;

          if (line >= item->first_line + item->n_lines)
            break;
          if (line++ < item->first_line || from >= to)
            continue;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_line_get_x_ranges (l, from, to, &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            tag_area (cr, attrs, item->x + (double) ranges[2 * r] / PANGO_SCALE,
                      item->origin_y + (double) logical.y / PANGO_SCALE,
                      (double) (ranges[2 * r + 1] - ranges[2 * r]) / PANGO_SCALE,
                      (double) logical.height / PANGO_SCALE);
          g_free (ranges);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

static void
draw_text_item (BsPageFlow *f,
                cairo_t    *cr,
                const Item *item)
{
  g_autoptr(PangoLayout) again = NULL;
  PangoLayoutIter *iter;
  int line = 0;

  if (item->layout == NULL)
    {
      const BsFlowPiece *piece = item->piece;

      again = _bs_render_layout_new (f->context, piece->text, piece->size, piece->style, piece->width);
    }
  iter = pango_layout_get_iter (item->layout != NULL ? item->layout : again);

  set_color (cr, item->color);
  do
    {
      if (line >= item->first_line + item->n_lines)
        break;
      if (line >= item->first_line)
        {
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE,
                         item->origin_y + (double) baseline / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  tag_links (cr, item->layout != NULL ? item->layout : again, item);
}

static void
draw_table_item (cairo_t    *cr,
                 const Item *item)
{
  const BsFlowPicture *picture = item->picture;

  cairo_translate (cr, item->x, item->y);
  if (item->header_height > 0)
    {
      /* A continued table repeats its header row. */
      cairo_save (cr);
      cairo_rectangle (cr, -2, -2, item->width + 4, item->header_height + 2);
      cairo_clip (cr);
      picture->draw (cr, item->width, item->height, picture->data);
      cairo_restore (cr);
    }
  /* Its rows slice_top to slice_bottom: the whole table, or one page's share. */
  cairo_rectangle (cr, -2, item->header_height - (item->slice_top > 0 ? 0 : 2),
                   item->width + 4, item->slice_bottom - item->slice_top + 2);
  cairo_clip (cr);
  cairo_translate (cr, 0, item->header_height - item->slice_top);
  picture->draw (cr, item->width, item->height, picture->data);
}

static void
draw_row_item (cairo_t    *cr,
               const Item *item)
{
  if (item->shaded)
    {
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      cairo_set_source_rgb (cr, 0.92, 0.94, 0.96);
      cairo_fill (cr);
    }
  else if (item->cells[2] != NULL)
    {
      /* A rule under each row of a real table, not under the cover's fields. */
      cairo_set_line_width (cr, 0.4);
      cairo_set_source_rgb (cr, BS_COLOR_GRID);
      cairo_move_to (cr, item->x, item->y + item->height);
      cairo_line_to (cr, item->x + item->width, item->y + item->height);
      cairo_stroke (cr);
    }
  cairo_set_source_rgb (cr, BS_COLOR_TEXT);
  for (guint c = 0; c < MAX_CELLS; c++)
    if (item->cells[c] != NULL)
      {
        double pad = (item->height - _bs_page_flow_row_height ((PangoLayout **) item->cells)) / 2;

        _bs_render_show_layout (cr, item->cells[c], item->x + item->cell_x[c], item->y + pad);
      }
}

/* A line of the contents, with the page number its section ended up on. */
static void
draw_contents_item (BsPageFlow *f,
                    cairo_t    *cr,
                    const Item *item)
{
  BsFlowSection *section = g_ptr_array_index (f->sections, item->section);
  g_autofree char *number = g_strdup_printf ("%u", section->page + 1);
  g_autoptr(PangoLayout) layout = _bs_render_layout_new (f->context, number, item->number_size,
                                                         item->number_style, -1);
  double w;

  set_color (cr, BS_FLOW_COLOR_TEXT);
  _bs_render_show_layout (cr, item->layout, item->x, item->y);
  _bs_render_layout_size (layout, &w, NULL);
  _bs_render_show_layout (cr, layout, item->x + item->width - w, item->y);
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    {
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 0]", section->page + 1);

      /* A table of contents in a PDF is clickable. */
      tag_area (cr, link, item->x, item->y, item->width, item->height);
    }
}

static void
draw_item (BsPageFlow *f,
           cairo_t    *cr,
           const Item *item)
{
  cairo_save (cr);
  switch (item->kind)
    {
    case ITEM_TEXT:
      draw_text_item (f, cr, item);
      break;

    case ITEM_PICTURE:
      cairo_translate (cr, item->x, item->y);
      item->picture->draw (cr, item->width, item->height, item->picture->data);
      break;

    case ITEM_TABLE:
      draw_table_item (cr, item);
      break;

    case ITEM_ROW:
      draw_row_item (cr, item);
      break;

    case ITEM_CONTENTS:
      draw_contents_item (f, cr, item);
      break;

    case ITEM_RULE:
    default:
      cairo_set_line_width (cr, 0.8);
      cairo_set_source_rgb (cr, BS_COLOR_GRID);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

/**
 * _bs_page_flow_new:
 * @context: the pango context every layout is made with
 *
 * Returns: (transfer full): a flow without pages, into the body box
 * @left, @top, @width wide and down to @bottom; the first page comes with
 * _bs_page_flow_new_page()
 */
BsPageFlow *
_bs_page_flow_new (PangoContext *context,
                   double        left,
                   double        top,
                   double        width,
                   double        bottom)
{
  BsPageFlow *f;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  f = g_new0 (BsPageFlow, 1);
  f->context = g_object_ref (context);
  f->left = left;
  f->top = top;
  f->width = width;
  f->bottom = bottom;
  f->y = top;
  f->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  f->pieces = g_ptr_array_new_with_free_func (piece_free);
  f->pictures = g_ptr_array_new_with_free_func (picture_free);
  f->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  f->sections = g_ptr_array_new_with_free_func (_bs_flow_section_free);

  return f;
}

void
_bs_page_flow_free (BsPageFlow *f)
{
  if (f == NULL)
    return;

  g_ptr_array_unref (f->pages);
  g_ptr_array_unref (f->sections);
  g_ptr_array_unref (f->layouts);
  g_ptr_array_unref (f->pieces);
  g_ptr_array_unref (f->pictures);
  g_object_unref (f->context);
  g_free (f);
}

guint
_bs_page_flow_get_n_pages (BsPageFlow *f)
{
  return f->pages->len;
}

/* The page being filled, 0-based. */
guint
_bs_page_flow_page_index (BsPageFlow *f)
{
  g_assert (f->pages->len > 0);

  return f->pages->len - 1;
}

void
_bs_page_flow_new_page (BsPageFlow *f)
{
  f->page = g_array_new (FALSE, TRUE, sizeof (Item));
  g_ptr_array_add (f->pages, f->page);
  f->y = f->top;
}

/* Starts a new page unless h more points fit on this one. A page that is
 * still empty takes anything: a block taller than a page cannot be helped
 * by a page break. */
void
_bs_page_flow_ensure (BsPageFlow *f,
                      double      h)
{
  if (f->y + h > f->bottom && f->y > f->top + 0.01)
    _bs_page_flow_new_page (f);
}

void
_bs_page_flow_space (BsPageFlow *f,
                     double      h)
{
  /* No blank space at the top of a page. */
  if (f->y > f->top + 0.01)
    f->y += h;
}

BsFlowSection *
_bs_flow_section_new (const char *title,
                      guint       depth)
{
  BsFlowSection *section = g_new0 (BsFlowSection, 1);

  section->title = g_strdup (title);
  section->depth = depth;

  return section;
}

void
_bs_flow_section_free (gpointer data)
{
  BsFlowSection *section = data;

  g_free (section->title);
  g_free (section);
}

/* A section that starts on the page being filled; the caller may set
 * another page in what is returned (owned by the flow). */
BsFlowSection *
_bs_page_flow_section (BsPageFlow *f,
                       const char *title,
                       guint       depth)
{
  BsFlowSection *section = _bs_flow_section_new (title, depth);

  section->page = _bs_page_flow_page_index (f);
  g_ptr_array_add (f->sections, section);

  return section;
}

/* Returns: (transfer none) (element-type BsFlowSection): the sections, in order */
GPtrArray *
_bs_page_flow_get_sections (BsPageFlow *f)
{
  return f->sections;
}

/* Returns: (transfer none): a layout that lives as long as the flow */
PangoLayout *
_bs_page_flow_layout (BsPageFlow  *f,
                      const char  *text,
                      double       size,
                      BsTextStyle  style,
                      double       width)
{
  PangoLayout *layout = _bs_render_layout_new (f->context, text, size, style, width);

  g_ptr_array_add (f->layouts, layout);

  return layout;
}

/* A table cell of at most @max_lines lines, ellipsized: a row cannot
 * break over pages. Only a bounded start of the text reaches pango. @cut
 * says whether the cell shows less than all of it. */
PangoLayout *
_bs_page_flow_cell (BsPageFlow  *f,
                    const char  *text,
                    double       size,
                    BsTextStyle  style,
                    double       width,
                    int          max_lines,
                    gboolean    *cut)
{
  const char *t = text != NULL ? text : "";
  const char *stop = piece_end (t, t + strlen (t), CELL_TEXT_BYTES);
  g_autofree char *shown = g_strndup (t, stop - t);
  PangoLayout *layout = _bs_page_flow_layout (f, shown, size, style & ~BS_TEXT_MARKUP, width);

  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  *cut = *stop != '\0' || pango_layout_is_ellipsized (layout);

  return layout;
}

/* The height of a row of cells (some may be %NULL), without its padding. */
double
_bs_page_flow_row_height (PangoLayout **cells)
{
  double h = 0;

  for (guint c = 0; c < MAX_CELLS; c++)
    if (cells[c] != NULL)
      h = MAX (h, layout_height (cells[c]));

  return h;
}

/* Places a text the user typed, of any length, in pieces of at most
 * TEXT_PIECE_BYTES: pango gives up wrapping a paragraph of about half a
 * megabyte (it then runs off the page) and its line breaking is quadratic
 * in one long word, so a whole document pasted into a note must not reach
 * it in one layout. Each piece's last line, perhaps cut short at the end
 * of the piece, is not placed but laid out again at the start of the next
 * piece; line breaking is greedy, so every line ends where it would in one
 * layout of the whole text, and the time is linear in the text.
 * @label_markup (escaped markup, may be %NULL) goes before the text. */
void
_bs_page_flow_user_text (BsPageFlow  *f,
                         const char  *label_markup,
                         const char  *text,
                         double       size,
                         BsTextStyle  style,
                         BsFlowColor  color,
                         double       indent)
{
  const char *p = text, *end;
  gboolean first = TRUE;

  if (text == NULL || *text == '\0')
    return;

  end = text + strlen (text);
  while (p < end)
    {
      const char *piece_stop = piece_end (p, end, TEXT_PIECE_BYTES);
      /* Breaking one long word is what is quadratic: smaller pieces. */
      if (piece_stop < end && !has_space (p, piece_stop))
        piece_stop = piece_end (p, end, TEXT_PIECE_BYTES / 4);
      gsize len = piece_stop - p;
      BsFlowPiece *piece = g_new0 (BsFlowPiece, 1);
      g_autoptr(PangoLayout) layout = NULL;
      gsize label_len = 0;
      int n_lines;

      piece->size = size;
      piece->width = f->width - indent;
      piece->cut = piece_stop < end;
      if (first && label_markup != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (p, len);

          piece->text = g_strconcat (label_markup, escaped, NULL);
          piece->style = style | BS_TEXT_MARKUP;
        }
      else
        {
          piece->text = g_strndup (p, len);
          piece->style = style & ~BS_TEXT_MARKUP;
        }
      g_ptr_array_add (f->pieces, piece);
      layout = _bs_render_layout_new (f->context, piece->text, piece->size, piece->style, piece->width);
      if (piece->style & BS_TEXT_MARKUP)
        label_len = strlen (pango_layout_get_text (layout)) - len;

      f->piece = piece;
      n_lines = pango_layout_get_line_count (layout);
      if (piece_stop < end && n_lines > 1)
        {
          PangoLayoutLine *last = pango_layout_get_line_readonly (layout, n_lines - 1);

          if ((gsize) last->start_index > label_len)
            {
              place_layout_lines (f, layout, color, indent, n_lines - 1);
              f->piece = NULL;
              p += last->start_index - label_len;
              first = FALSE;
              continue;
            }
        }

      /* The last piece; or one line only, hardly possible at this size. */
      place_layout (f, layout, color, indent);
      f->piece = NULL;
      p = piece_stop;
      first = FALSE;
    }
}

/* Texts of the program and the framework (markup), and the user's, plain. */
void
_bs_page_flow_text (BsPageFlow  *f,
                    const char  *text,
                    double       size,
                    BsTextStyle  style,
                    BsFlowColor  color,
                    double       indent)
{
  PangoLayout *layout;

  if (text == NULL || *text == '\0')
    return;

  if (!(style & BS_TEXT_MARKUP))
    {
      _bs_page_flow_user_text (f, NULL, text, size, style, color, indent);
      return;
    }

  layout = _bs_page_flow_layout (f, text, size, style, f->width - indent);
  place_layout (f, layout, color, indent);
}

/* A text kept on one page with @keep points of what follows, as headings
 * are. The framework's texts are bounded by its loader, but a heading of
 * more than a piece flows like a user's text rather than reach pango whole. */
void
_bs_page_flow_block (BsPageFlow  *f,
                     const char  *text,
                     double       size,
                     BsTextStyle  style,
                     BsFlowColor  color,
                     double       keep)
{
  PangoLayout *layout;

  if (strlen (text) > TEXT_PIECE_BYTES)
    {
      _bs_page_flow_ensure (f, 3 * size * 1.3 + keep);
      _bs_page_flow_user_text (f, NULL, text, size, style, color, 0);
      return;
    }

  layout = _bs_page_flow_layout (f, text, size, style, f->width);
  _bs_page_flow_ensure (f, layout_height (layout) + keep);
  place_layout (f, layout, color, 0);
}

/* A heading never ends a page: it moves to the next one together with the
 * first @keep points of what follows. */
void
_bs_page_flow_heading (BsPageFlow *f,
                       const char *text,
                       double      size,
                       BsFlowColor color,
                       double      space_before,
                       double      keep)
{
  _bs_page_flow_space (f, space_before);
  _bs_page_flow_block (f, text, size, BS_TEXT_BOLD, color, keep);
  f->y += size * 0.35;
}

/* A thin line across the body, at the cursor, which it does not move. */
void
_bs_page_flow_rule (BsPageFlow *f)
{
  Item item = { ITEM_RULE };

  item.x = f->left;
  item.y = f->y;
  item.width = f->width;
  g_array_append_val (f->page, item);
}

/* A row of a table (cells may be %NULL), which never breaks over pages:
 * the caller makes sure it fits. A shaded row is a header; a row of three
 * cells or more has a rule under it. */
void
_bs_page_flow_row (BsPageFlow    *f,
                   PangoLayout  **cells,
                   const double  *cell_x,
                   gboolean       shaded,
                   double         pad)
{
  Item item = { ITEM_ROW };

  item.height = _bs_page_flow_row_height (cells) + 2 * pad;
  item.x = f->left;
  item.y = f->y;
  item.width = f->width;
  item.shaded = shaded;
  for (guint c = 0; c < MAX_CELLS; c++)
    {
      item.cells[c] = cells[c];
      item.cell_x[c] = cell_x[c];
    }
  g_array_append_val (f->page, item);
  f->y += item.height;
}

/* A line of a table of contents: the title of section number @section
 * of this flow, and the page that section starts on, which is known only
 * when the flow is complete and so is filled in when drawn. */
void
_bs_page_flow_contents_line (BsPageFlow  *f,
                             PangoLayout *title,
                             guint        section,
                             double       indent,
                             double       space_before,
                             double       number_size,
                             BsTextStyle  number_style)
{
  Item item = { ITEM_CONTENTS };

  item.layout = title;
  item.height = layout_height (title) + 2;
  _bs_page_flow_space (f, space_before);
  _bs_page_flow_ensure (f, item.height);
  item.section = section;
  item.number_size = number_size;
  item.number_style = number_style;
  item.x = f->left + indent;
  item.y = f->y;
  item.width = f->width - indent;
  g_array_append_val (f->page, item);
  f->y += item.height;
}

/* A picture across the body at the cursor, @height high; the caller
 * makes room for it. The flow owns @data. */
void
_bs_page_flow_picture (BsPageFlow     *f,
                       double          height,
                       BsFlowDrawFunc  draw,
                       gpointer        data,
                       GDestroyNotify  destroy)
{
  Item item = { ITEM_PICTURE };

  item.picture = add_picture (f, draw, data, destroy);
  item.x = f->left;
  item.y = f->y;
  item.width = f->width;
  item.height = height;
  g_array_append_val (f->page, item);
  f->y += height;
}

/* Places a table across the body; one taller than a page (dozens of
 * rows) is split between rows, its header row repeated on every page,
 * rather than run off the first. @breaks is asked only then. The flow
 * owns @data. */
void
_bs_page_flow_table (BsPageFlow       *f,
                     double            height,
                     BsFlowDrawFunc    draw,
                     BsFlowBreaksFunc  breaks,
                     gpointer          data,
                     GDestroyNotify    destroy)
{
  const BsFlowPicture *picture = add_picture (f, draw, data, destroy);
  g_autoptr(GArray) bottoms = NULL;
  double start = 0, header_h;
  guint r = 1;

  if (height <= f->bottom - f->top)
    {
      Item table = { ITEM_TABLE };

      _bs_page_flow_ensure (f, height);
      table.picture = picture;
      table.x = f->left;
      table.y = f->y;
      table.width = f->width;
      table.height = height;
      table.slice_bottom = height;
      g_array_append_val (f->page, table);
      f->y += height;
      return;
    }

  bottoms = breaks (f->width, data);
  header_h = g_array_index (bottoms, double, 0);
  /* Not a header alone at the foot of a page. */
  _bs_page_flow_ensure (f, header_h * 4);

  while (r < bottoms->len)
    {
      Item table = { ITEM_TABLE };
      double repeat = start > 0 ? header_h : 0;
      double avail = f->bottom - f->y - repeat;
      double stop = start;

      while (r < bottoms->len && g_array_index (bottoms, double, r) - start <= avail)
        stop = g_array_index (bottoms, double, r++);
      if (stop <= start)
        /* One row taller than a page: it is cut, as a page cannot help it. */
        stop = g_array_index (bottoms, double, r++);

      table.picture = picture;
      table.x = f->left;
      table.y = f->y;
      table.width = f->width;
      table.slice_top = start;
      table.slice_bottom = stop;
      table.header_height = repeat;
      table.height = repeat + stop - start;
      g_array_append_val (f->page, table);
      f->y += table.height;

      start = stop;
      if (r < bottoms->len)
        _bs_page_flow_new_page (f);
    }
}

/* Draws what was placed on @page, in the units it was laid out in. */
void
_bs_page_flow_draw_page (BsPageFlow *f,
                         cairo_t    *cr,
                         guint       page)
{
  GArray *items;

  g_return_if_fail (page < f->pages->len);

  items = g_ptr_array_index (f->pages, page);
  for (guint i = 0; i < items->len; i++)
    draw_item (f, cr, &g_array_index (items, Item, i));
}
