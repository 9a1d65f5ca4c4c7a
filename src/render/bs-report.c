/* bs-report.c: the assessment report, laid out in pages for PDF and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "bs-radar.h"
#include "bs-render-private.h"
#include "bs-report.h"
#include "bs-report-strings.h"
#include "bs-score-table.h"

#define MAX_CELLS 5

typedef enum
{
  ITEM_TEXT,
  ITEM_RADAR,
  ITEM_SCORE_TABLE,
  ITEM_ROW,
  ITEM_TOC,
  ITEM_RULE,
} ItemKind;

typedef enum
{
  COLOR_TEXT,
  COLOR_MUTED,
  COLOR_ACCENT,
} ItemColor;

/* A piece of a user's text (see flow_user_text()), kept as text rather
 * than as its pango layout: a layout takes some 50 bytes a character, and
 * a report of long notes would hold hundreds of megabytes of them. The
 * piece is laid out again, the same way, when its page is drawn. */
typedef struct _Piece
{
  char        *text;
  double       size;
  BsTextStyle  style;
  double       width;
  gboolean     cut;     /* the text goes on in the next piece */
} Piece;

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_free (piece->text);
  g_free (piece);
}

/* One thing placed on one page. A text that flows over a page break
 * becomes one item per page, each showing its own range of lines. */
typedef struct
{
  ItemKind     kind;
  ItemColor    color;
  double       x;
  double       y;
  double       width;
  double       height;
  PangoLayout *layout;          /* TEXT, TOC (the title) */
  const struct _Piece *piece;   /* TEXT without a layout: laid out again to draw */
  int          first_line;      /* TEXT */
  int          n_lines;         /* TEXT */
  double       origin_y;        /* TEXT: where the layout's top would be */
  const char  *level_id;        /* RADAR, SCORE_TABLE: interned */
  guint        toc_index;       /* TOC */
  double       slice_top;       /* SCORE_TABLE: the rows shown, from the table's top */
  double       slice_bottom;
  double       header_height;   /* SCORE_TABLE: the header row repeated above them */
  PangoLayout *cells[MAX_CELLS];/* ROW */
  double       cell_x[MAX_CELLS];
  gboolean     shaded;          /* ROW: a table header */
} Item;

typedef struct
{
  char  *title;
  guint  depth;
  guint  page;
} TocEntry;

struct _BsReport
{
  GObject       parent_instance;

  BsAssessment *assessment;
  char         *lang;

  PangoContext *context;
  GPtrArray    *layouts;        /* owns every PangoLayout the items use */
  GPtrArray    *pieces;         /* owns every Piece the items use */
  GPtrArray    *pages;          /* GArray of Item, one per page */
  GPtrArray    *toc;            /* TocEntry */
  double        page_width;
  double        page_height;
};

G_DEFINE_FINAL_TYPE (BsReport, bs_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LANG,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Page geometry in points; the header and footer sit in the margins but
 * well inside what printers can print (10 mm). */
#define MARGIN_SIDE   56.7
#define MARGIN_TOP    72.0
#define MARGIN_BOTTOM 70.0
#define HEADER_Y      34.0
#define FOOTER_GAP    40.0

/* Few sizes: each size and style is a font to load and measure. */
#define SIZE_BODY     9.5
#define SIZE_SMALL    8.5
#define SIZE_H1       17.0
#define SIZE_H2       13.0
#define SIZE_H3       10.5

#define RADAR_HEIGHT  330.0

/* Pango lays out a user's text in pieces of this size (see
 * flow_user_text()): about 40 lines of the body text. */
#define TEXT_PIECE_BYTES 4096
/* The PDF's title, author and subject: the start of a longer text. */
#define METADATA_CHARS   400
/* A table cell shows at most this much of a text (what fits is less). */
#define CELL_TEXT_BYTES  2048

/* Lays out text in the body, page after page. */
typedef struct
{
  BsReport *self;
  GArray   *page;
  double    y;
  double    top;
  double    bottom;
  double    left;
  double    width;
  const Piece *piece;   /* the text runs being placed show this piece */
} Flow;

static void
toc_entry_free (gpointer data)
{
  TocEntry *entry = data;

  g_free (entry->title);
  g_free (entry);
}

static void
flow_new_page (Flow *f)
{
  f->page = g_array_new (FALSE, TRUE, sizeof (Item));
  g_ptr_array_add (f->self->pages, f->page);
  f->y = f->top;
}

static guint
flow_page_index (Flow *f)
{
  return f->self->pages->len - 1;
}

/* Starts a new page unless h more points fit on this one. A page that is
 * still empty takes anything: a block taller than a page cannot be helped
 * by a page break. */
static void
flow_ensure (Flow   *f,
             double  h)
{
  if (f->y + h > f->bottom && f->y > f->top + 0.01)
    flow_new_page (f);
}

static void
flow_space (Flow   *f,
            double  h)
{
  /* No blank space at the top of a page. */
  if (f->y > f->top + 0.01)
    f->y += h;
}

static PangoLayout *
report_layout (BsReport    *self,
               const char  *text,
               double       size,
               BsTextStyle  style,
               double       width)
{
  PangoLayout *layout = _bs_render_layout_new (self->context, text, size, style, width);

  g_ptr_array_add (self->layouts, layout);

  return layout;
}

static void
flow_add_text_run (Flow        *f,
                   PangoLayout *layout,
                   ItemColor    color,
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
flow_layout_lines (Flow        *f,
                   PangoLayout *layout,
                   ItemColor    color,
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
            flow_add_text_run (f, layout, color, indent, run_first, line - run_first,
                               origin, run_top, last_bottom);
          flow_new_page (f);
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
    flow_add_text_run (f, layout, color, indent, run_first, line - run_first,
                       origin, run_top, last_bottom);
  f->y = last_bottom;
}

static void
flow_layout (Flow        *f,
             PangoLayout *layout,
             ItemColor    color,
             double       indent)
{
  flow_layout_lines (f, layout, color, indent, -1);
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

/* Places a text the user typed, of any length, in pieces of at most
 * TEXT_PIECE_BYTES: pango gives up wrapping a paragraph of about half a
 * megabyte (it then runs off the page) and its line breaking is quadratic
 * in one long word, so a whole document pasted into a note must not reach
 * it in one layout. Each piece's last line, perhaps cut short at the end
 * of the piece, is not placed but laid out again at the start of the next
 * piece; line breaking is greedy, so every line ends where it would in one
 * layout of the whole text, and the time is linear in the text.
 * @label_markup (escaped markup, may be %NULL) goes before the text. */
static void
flow_user_text (Flow        *f,
                const char  *label_markup,
                const char  *text,
                double       size,
                BsTextStyle  style,
                ItemColor    color,
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
      Piece *piece = g_new0 (Piece, 1);
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
      g_ptr_array_add (f->self->pieces, piece);
      layout = _bs_render_layout_new (f->self->context, piece->text, piece->size, piece->style, piece->width);
      if (piece->style & BS_TEXT_MARKUP)
        label_len = strlen (pango_layout_get_text (layout)) - len;

      f->piece = piece;
      n_lines = pango_layout_get_line_count (layout);
      if (piece_stop < end && n_lines > 1)
        {
          PangoLayoutLine *last = pango_layout_get_line_readonly (layout, n_lines - 1);

          if ((gsize) last->start_index > label_len)
            {
              flow_layout_lines (f, layout, color, indent, n_lines - 1);
              f->piece = NULL;
              p += last->start_index - label_len;
              first = FALSE;
              continue;
            }
        }

      /* The last piece; or one line only, hardly possible at this size. */
      flow_layout (f, layout, color, indent);
      f->piece = NULL;
      p = piece_stop;
      first = FALSE;
    }
}

/* Texts of the program and the framework, and the user's, plain. */
static void
flow_text (Flow        *f,
           const char  *text,
           double       size,
           BsTextStyle  style,
           ItemColor    color,
           double       indent)
{
  PangoLayout *layout;

  if (text == NULL || *text == '\0')
    return;

  if (!(style & BS_TEXT_MARKUP))
    {
      flow_user_text (f, NULL, text, size, style, color, indent);
      return;
    }

  layout = report_layout (f->self, text, size, style, f->width - indent);
  flow_layout (f, layout, color, indent);
}

static double
layout_height (PangoLayout *layout)
{
  double h;

  _bs_render_layout_size (layout, NULL, &h);

  return h;
}

/* A text kept on one page with @keep points of what follows, as headings
 * are. The framework's texts are bounded by its loader, but a heading of
 * more than a piece flows like a user's text rather than reach pango whole. */
static void
flow_block (Flow        *f,
            const char  *text,
            double       size,
            BsTextStyle  style,
            ItemColor    color,
            double       keep)
{
  PangoLayout *layout;

  if (strlen (text) > TEXT_PIECE_BYTES)
    {
      flow_ensure (f, 3 * size * 1.3 + keep);
      flow_user_text (f, NULL, text, size, style, color, 0);
      return;
    }

  layout = report_layout (f->self, text, size, style, f->width);
  flow_ensure (f, layout_height (layout) + keep);
  flow_layout (f, layout, color, 0);
}

/* A heading never ends a page: it moves to the next one together with the
 * first lines of what follows. */
static void
flow_heading (Flow       *f,
              const char *text,
              double      size,
              ItemColor   color,
              double      space_before,
              double      keep)
{
  flow_space (f, space_before);
  flow_block (f, text, size, BS_TEXT_BOLD, color, keep);
  f->y += size * 0.35;
}

static void
flow_section (Flow       *f,
              const char *title,
              guint       depth)
{
  TocEntry *entry = g_new0 (TocEntry, 1);

  entry->title = g_strdup (title);
  entry->depth = depth;
  entry->page = flow_page_index (f);
  g_ptr_array_add (f->self->toc, entry);
}

static void
flow_rule (Flow *f)
{
  Item item = { ITEM_RULE };

  item.x = f->left;
  item.y = f->y;
  item.width = f->width;
  g_array_append_val (f->page, item);
}

static double
row_height (PangoLayout **cells)
{
  double h = 0;

  for (guint c = 0; c < MAX_CELLS; c++)
    if (cells[c] != NULL)
      h = MAX (h, layout_height (cells[c]));

  return h;
}

static void
flow_row (Flow         *f,
          PangoLayout **cells,
          const double *cell_x,
          gboolean      shaded,
          double        pad)
{
  Item item = { ITEM_ROW };

  item.height = row_height (cells) + 2 * pad;
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

static char *
markup_label (const char *label)
{
  return g_markup_printf_escaped ("<b>%s:</b> ", label);
}

/* A table cell of at most @max_lines lines, ellipsized: a row cannot
 * break over pages. Only a bounded start of the text reaches pango. @cut
 * says whether the cell shows less than all of it. */
static PangoLayout *
cell_layout (BsReport    *self,
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
  PangoLayout *layout = report_layout (self, shown, size, style & ~BS_TEXT_MARKUP, width);

  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  *cut = *stop != '\0' || pango_layout_is_ellipsized (layout);

  return layout;
}

/* The whole of a text that its table cell had to cut short, right under
 * the row: the report prints every character the user wrote. */
static void
flow_full_text (Flow       *f,
                const char *label,
                const char *text,
                double      size)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s (%s):</b> ", label,
                                                     _bs_report_string (BS_STR_FULL_TEXT, f->self->lang));

  f->y += 2;
  flow_user_text (f, markup, text, size, BS_TEXT_NORMAL, COLOR_MUTED, 4);
  f->y += 4;
}

static const char *
stage_name (BsFramework *framework,
            guint        value,
            const char  *lang)
{
  BsStage *stage = bs_framework_get_stage (framework, value);

  return stage != NULL ? bs_stage_get_name_text (stage, lang) : "";
}

/* At most @max_chars characters of @text; g_utf8_substring() must not be
 * asked for more than there are. */
static char *
utf8_prefix (const char *text,
             glong       max_chars)
{
  const char *p = text;

  for (glong i = 0; i < max_chars && *p != '\0'; i++)
    p = g_utf8_next_char (p);

  return g_strndup (text, p - text);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Two columns, label and value, for the cover. */
static void
flow_field (Flow       *f,
            const char *label,
            const char *value)
{
  BsReport *self = f->self;
  PangoLayout *cells[MAX_CELLS] = { NULL };
  double cell_x[MAX_CELLS] = { 0 };
  double label_w = 120;
  gboolean cut;

  if (is_blank (value))
    return;

  cells[0] = report_layout (self, label, SIZE_BODY, BS_TEXT_BOLD, label_w - 8);
  cells[1] = cell_layout (self, value, SIZE_BODY, BS_TEXT_NORMAL, f->width - label_w, 12, &cut);
  cell_x[1] = label_w;
  if (cut)
    {
      /* A row cannot break over pages: a value too long for one becomes a
       * paragraph of its own, which can. */
      g_autofree char *markup = markup_label (label);

      f->y += 3;
      flow_user_text (f, markup, value, SIZE_BODY, BS_TEXT_NORMAL, COLOR_TEXT, 0);
      f->y += 3;
      return;
    }
  flow_ensure (f, row_height (cells) + 6);
  flow_row (f, cells, cell_x, FALSE, 3);
}

static void
build_cover (BsReport *self,
             Flow     *f)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  GListModel *participants = bs_assessment_get_participants (a);
  const char *lang = self->lang;
  g_autofree char *date = _bs_report_format_date (bs_assessment_get_date (a), lang);
  g_autofree char *version = _bs_report_format_version (bs_framework_get_version (framework), lang);
  g_autofree char *framework_text = g_strdup_printf ("%s, %s",
                                                     bs_localized_get (bs_framework_get_title (framework), lang),
                                                     version);
  g_autoptr(GString) levels = g_string_new (NULL);
  GListModel *all_levels = bs_framework_get_levels (framework);
  const char *title = bs_assessment_get_title (a);

  f->y = f->top + 90;
  flow_text (f, _bs_report_string (BS_STR_REPORT_KIND, lang), SIZE_H3, BS_TEXT_BOLD, COLOR_ACCENT, 0);
  f->y += 10;
  flow_text (f, is_blank (title) ? _bs_report_string (BS_STR_REPORT_KIND, lang) : title,
             24, BS_TEXT_BOLD, COLOR_TEXT, 0);
  f->y += 14;
  flow_text (f, bs_assessment_get_institution (a), SIZE_H2, BS_TEXT_NORMAL, COLOR_TEXT, 0);
  f->y += 4;
  flow_text (f, bs_assessment_get_unit (a), SIZE_H3, BS_TEXT_NORMAL, COLOR_MUTED, 0);
  f->y += 30;
  flow_rule (f);
  f->y += 12;

  for (guint i = 0; i < g_list_model_get_n_items (all_levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (all_levels, i);

      if (!bs_assessment_includes_level (a, bs_level_get_id (level)))
        continue;
      if (levels->len > 0)
        g_string_append (levels, ", ");
      g_string_append (levels, bs_level_get_title_text (level, lang));
    }

  /* The institution and the unit head the cover, above these fields. */
  flow_field (f, _bs_report_string (BS_STR_LEVELS, lang), levels->str);
  flow_field (f, _bs_report_string (BS_STR_DATE, lang), date);
  flow_field (f, _bs_report_string (BS_STR_FACILITATOR, lang), bs_assessment_get_facilitator (a));
  flow_field (f, _bs_report_string (BS_STR_FRAMEWORK, lang), framework_text);

  if (g_list_model_get_n_items (participants) > 0)
    {
      flow_heading (f, _bs_report_string (BS_STR_PARTICIPANTS, lang), SIZE_H3, COLOR_TEXT, 16, 20);
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(BsParticipant) p = g_list_model_get_item (participants, i);
          PangoLayout *cells[MAX_CELLS] = { NULL };
          double cell_x[MAX_CELLS] = { 0, f->width * 0.42 };

          gboolean name_cut, role_cut;

          cells[0] = cell_layout (self, bs_participant_get_name (p), SIZE_BODY, BS_TEXT_NORMAL,
                                  f->width * 0.42 - 8, 6, &name_cut);
          cells[1] = cell_layout (self, bs_participant_get_role (p), SIZE_BODY, BS_TEXT_NORMAL,
                                  f->width * 0.58, 6, &role_cut);
          flow_ensure (f, row_height (cells) + 4);
          flow_row (f, cells, cell_x, FALSE, 2);
          if (name_cut || role_cut)
            {
              g_autofree char *both = g_strdup_printf ("%s — %s", bs_participant_get_name (p),
                                                       bs_participant_get_role (p) ? bs_participant_get_role (p) : "");

              flow_full_text (f, _bs_report_string (BS_STR_PARTICIPANTS, lang), both, SIZE_BODY);
            }
        }
    }
}

static void
build_toc (BsReport  *self,
           Flow      *f,
           GPtrArray *entries)
{
  flow_heading (f, _bs_report_string (BS_STR_CONTENTS, self->lang), SIZE_H1, COLOR_TEXT, 0, 0);
  f->y += 6;

  for (guint i = 0; i < entries->len; i++)
    {
      TocEntry *entry = g_ptr_array_index (entries, i);
      double indent = entry->depth * 16;
      Item item = { ITEM_TOC };
      double space = entry->depth == 0 ? 6 : 1.5;

      gboolean cut;

      /* An entry points at its section, which has the title in full. */
      item.layout = cell_layout (self, entry->title, entry->depth == 0 ? SIZE_H3 : SIZE_BODY,
                                 entry->depth == 0 ? BS_TEXT_BOLD : BS_TEXT_NORMAL,
                                 f->width - indent - 40, 3, &cut);
      item.height = layout_height (item.layout) + 2;
      flow_space (f, space);
      flow_ensure (f, item.height);
      item.toc_index = i;
      item.x = f->left + indent;
      item.y = f->y;
      item.width = f->width - indent;
      g_array_append_val (f->page, item);
      f->y += item.height;
    }
}

/* Places a level's score table; one taller than a page (dozens of
 * dimensions) is split between rows, its header row repeated on every
 * page, rather than run off the first. */
static void
flow_score_table (Flow       *f,
                  const char *level_id,
                  double      table_h)
{
  BsReport *self = f->self;
  g_autoptr(GArray) bottoms = NULL;
  double start = 0, header_h;
  guint r = 1;

  if (table_h <= f->bottom - f->top)
    {
      Item table = { ITEM_SCORE_TABLE };

      flow_ensure (f, table_h);
      table.level_id = level_id;
      table.x = f->left;
      table.y = f->y;
      table.width = f->width;
      table.height = table_h;
      table.slice_bottom = table_h;
      g_array_append_val (f->page, table);
      f->y += table_h;
      return;
    }

  bottoms = bs_score_table_row_bottoms (f->width, self->assessment, level_id, self->lang);
  header_h = g_array_index (bottoms, double, 0);
  /* Not a header alone at the foot of a page. */
  flow_ensure (f, header_h * 4);

  while (r < bottoms->len)
    {
      Item table = { ITEM_SCORE_TABLE };
      double repeat = start > 0 ? header_h : 0;
      double avail = f->bottom - f->y - repeat;
      double stop = start;

      while (r < bottoms->len && g_array_index (bottoms, double, r) - start <= avail)
        stop = g_array_index (bottoms, double, r++);
      if (stop <= start)
        /* One row taller than a page: it is cut, as a page cannot help it. */
        stop = g_array_index (bottoms, double, r++);

      table.level_id = level_id;
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
        flow_new_page (f);
    }
}

/* When the dimension names do not fit around the radar (dozens of
 * dimensions), its axes carry numbers: the key says which is which. */
static void
flow_radar_key (Flow    *f,
                BsLevel *level,
                double   radar_h)
{
  BsReport *self = f->self;
  /* As draw_item() draws it. */
  BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, self->lang, 0.8 };
  g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (f->width, radar_h, self->assessment,
                                                         bs_level_get_id (level), &options);
  GListModel *dimensions = bs_level_get_dimensions (level);
  g_autoptr(GString) key = NULL;

  if (!layout->numbered)
    return;

  key = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);

      /* No-break spaces keep each number with its name, and the dot with
       * the entry before it. */
      g_string_append_printf (key, "%s%u\u00A0%s", i > 0 ? "\u00A0· " : "", i + 1,
                              bs_dimension_get_title_text (dimension, self->lang));
    }
  flow_text (f, key->str, SIZE_SMALL, BS_TEXT_NORMAL, COLOR_MUTED, 0);
  f->y += 8;
}

static void
build_summary (BsReport *self,
               Flow     *f)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  GListModel *levels = bs_framework_get_levels (framework);
  const char *lang = self->lang;

  flow_new_page (f);
  flow_section (f, _bs_report_string (BS_STR_SUMMARY, lang), 0);
  flow_heading (f, _bs_report_string (BS_STR_SUMMARY, lang), SIZE_H1, COLOR_TEXT, 0, 0);
  flow_text (f, bs_localized_get (bs_framework_get_description (framework), lang),
             SIZE_BODY, BS_TEXT_NORMAL, COLOR_MUTED, 0);

  /* What a score means, before the scores: the framework's own stages. */
  flow_heading (f, _bs_report_string (BS_STR_SCALE, lang), SIZE_H3, COLOR_TEXT, 10, 30);
  for (guint k = 1; k <= bs_framework_get_n_stages (framework); k++)
    {
      BsStage *stage = bs_framework_get_stage (framework, k);
      PangoLayout *cells[MAX_CELLS] = { NULL };
      double cell_x[MAX_CELLS] = { 0, 110 };
      g_autofree char *name = NULL;
      gboolean name_cut, meaning_cut;

      if (stage == NULL)
        continue;
      name = g_strdup_printf ("%u – %s", k, bs_stage_get_name_text (stage, lang));
      cells[0] = cell_layout (self, name, SIZE_SMALL, BS_TEXT_BOLD, 104, 6, &name_cut);
      cells[1] = cell_layout (self, bs_stage_get_meaning_text (stage, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                              f->width - 110, 6, &meaning_cut);
      flow_ensure (f, row_height (cells) + 4);
      flow_row (f, cells, cell_x, FALSE, 2);
      if (name_cut || meaning_cut)
        {
          g_autofree char *both = g_strdup_printf ("%s: %s", name, bs_stage_get_meaning_text (stage, lang));

          flow_full_text (f, _bs_report_string (BS_STR_SCALE, lang), both, SIZE_SMALL);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *level_id = bs_level_get_id (level);
      g_autofree char *score_line = NULL;
      double table_h, radar_h;
      BsScore score;
      Item radar = { ITEM_RADAR };

      if (!bs_assessment_includes_level (a, level_id))
        continue;

      bs_score_level (a, level, &score);
      table_h = bs_score_table_measure (f->width, a, level_id, lang);
      /* Smaller paper (A5 from the print dialog) gets a smaller radar; a
       * table of dozens of dimensions goes on over pages anyway. */
      if (table_h > f->bottom - f->top)
        radar_h = RADAR_HEIGHT;
      else
        radar_h = CLAMP (f->bottom - f->top - table_h - 70, 160, RADAR_HEIGHT);

      /* The radar and its table belong together on one page. */
      flow_space (f, 14);
      flow_ensure (f, 60 + radar_h + MIN (table_h, 100));
      flow_section (f, bs_level_get_title_text (level, lang), 1);
      flow_heading (f, bs_level_get_title_text (level, lang), SIZE_H2, COLOR_ACCENT, 0, 0);

      if (bs_score_has_score (&score))
        {
          g_autofree char *value = _bs_report_format_score (score.score, lang);
          g_autofree char *answered = _bs_report_format_answered (score.answered, score.total, lang);

          score_line = g_markup_printf_escaped ("<b>%s: %s</b> · %s",
                                                _bs_report_string (BS_STR_LEVEL_SCORE, lang), value, answered);
        }
      else
        score_line = g_markup_printf_escaped ("<b>%s:</b> %s", _bs_report_string (BS_STR_LEVEL_SCORE, lang),
                                              _bs_report_string (BS_STR_NO_ANSWER, lang));
      flow_text (f, score_line, SIZE_BODY, BS_TEXT_MARKUP, COLOR_TEXT, 0);
      f->y += 4;

      flow_ensure (f, radar_h);
      radar.level_id = g_intern_string (level_id);
      radar.x = f->left;
      radar.y = f->y;
      radar.width = f->width;
      radar.height = radar_h;
      g_array_append_val (f->page, radar);
      f->y += radar_h + 8;
      flow_radar_key (f, level, radar_h);

      flow_score_table (f, radar.level_id, table_h);
    }
}

static void
build_statement (BsReport    *self,
                 Flow        *f,
                 BsStatement *statement,
                 guint        number)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  BsAnswer *answer = bs_assessment_lookup_answer (a, bs_statement_get_id (statement));
  const char *lang = self->lang;
  int value = answer != NULL ? bs_answer_get_value (answer) : BS_VALUE_NONE;
  guint target = answer != NULL ? bs_answer_get_target (answer) : 0;
  g_autofree char *heading = g_strdup_printf ("%u. %s", number, bs_statement_get_text_text (statement, lang));
  g_autofree char *score_markup = NULL;
  g_autoptr(GString) score_text = g_string_new (NULL);
  const double indent = 16;

  flow_space (f, 10);
  flow_block (f, heading, SIZE_BODY, BS_TEXT_BOLD, COLOR_TEXT, 3 * SIZE_BODY * 1.3);
  f->y += 2;

  if (value > 0)
    {
      g_autofree char *part = g_markup_printf_escaped ("<b>%s:</b> %d – %s", _bs_report_string (BS_STR_SCORE, lang),
                                                       value, stage_name (framework, value, lang));
      g_string_append (score_text, part);
    }
  else
    {
      BsReportString what = value == BS_VALUE_NOT_APPLICABLE ? BS_STR_NOT_APPLICABLE :
                            value == BS_VALUE_UNKNOWN ? BS_STR_UNKNOWN : BS_STR_NOT_ANSWERED;
      g_autofree char *part = g_markup_printf_escaped ("<b>%s:</b> <i>%s</i>", _bs_report_string (BS_STR_SCORE, lang),
                                                       _bs_report_string (what, lang));
      g_string_append (score_text, part);
    }
  if (target > 0)
    {
      g_autofree char *part = g_markup_printf_escaped ("     <b>%s:</b> %u – %s", _bs_report_string (BS_STR_TARGET, lang),
                                                       target, stage_name (framework, target, lang));
      g_string_append (score_text, part);
    }
  flow_text (f, score_text->str, SIZE_BODY, BS_TEXT_MARKUP, COLOR_TEXT, indent);

  if (value > 0)
    {
      BsLocalized *descriptor = bs_statement_get_descriptor (statement, value);

      if (descriptor != NULL && !bs_localized_is_empty (descriptor))
        {
          g_autofree char *label = g_markup_printf_escaped ("<i>%s:</i> ",
                                                            _bs_report_string (BS_STR_DESCRIPTOR, lang));
          f->y += 2;
          flow_user_text (f, label, bs_localized_get (descriptor, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                          COLOR_MUTED, indent);
        }
    }

  if (answer != NULL && !is_blank (bs_answer_get_note (answer)))
    {
      g_autofree char *label = markup_label (_bs_report_string (BS_STR_NOTE, lang));

      f->y += 3;
      flow_user_text (f, label, bs_answer_get_note (answer), SIZE_BODY, BS_TEXT_NORMAL, COLOR_TEXT, indent);
    }
  if (answer != NULL && !is_blank (bs_answer_get_evidence (answer)))
    {
      g_autofree char *label = markup_label (_bs_report_string (BS_STR_EVIDENCE, lang));

      f->y += 3;
      flow_user_text (f, label, bs_answer_get_evidence (answer), SIZE_BODY, BS_TEXT_NORMAL, COLOR_TEXT, indent);
    }
}

static void
build_dimension (BsReport    *self,
                 Flow        *f,
                 BsLevel     *level,
                 BsDimension *dimension,
                 gboolean     first_of_level)
{
  BsAssessment *a = self->assessment;
  const char *lang = self->lang;
  GListModel *statements = bs_dimension_get_statements (dimension);
  BsDimensionNotes *notes = bs_assessment_get_dimension_notes (a, bs_level_get_id (level),
                                                               bs_dimension_get_id (dimension));
  const char *title = bs_dimension_get_title_text (dimension, lang);
  g_autofree char *score_line = NULL;
  BsScore score;
  struct {
    BsReportString label;
    const char    *text;
  } parts[] = {
    { BS_STR_DIMENSION_SUMMARY, bs_dimension_notes_get_summary (notes) },
    { BS_STR_STRENGTHS, bs_dimension_notes_get_strengths (notes) },
    { BS_STR_IMPROVEMENTS, bs_dimension_notes_get_improvements (notes) },
  };

  /* A dimension starts on a new page, unless the previous one ended
   * high on its page: then a rule between them saves a nearly empty page. */
  if (first_of_level || f->y - f->top > 0.4 * (f->bottom - f->top))
    flow_new_page (f);
  else
    {
      f->y += 24;
      flow_rule (f);
      f->y += 18;
    }
  flow_section (f, title, 1);
  flow_text (f, bs_level_get_title_text (level, lang), SIZE_H3, BS_TEXT_BOLD, COLOR_ACCENT, 0);
  f->y += 2;
  flow_heading (f, title, SIZE_H1, COLOR_TEXT, 0, 0);

  bs_score_dimension (a, dimension, &score);
  {
    g_autofree char *answered = _bs_report_format_answered (score.answered, score.total, lang);

    if (bs_score_has_score (&score))
      {
        g_autofree char *value = _bs_report_format_score (score.score, lang);

        score_line = g_markup_printf_escaped ("<b>%s: %s</b> · %s", _bs_report_string (BS_STR_SCORE, lang),
                                              value, answered);
      }
    else
      score_line = g_markup_printf_escaped ("<b>%s:</b> <i>%s</i> · %s", _bs_report_string (BS_STR_SCORE, lang),
                                            _bs_report_string (BS_STR_NO_ANSWER, lang), answered);
  }
  flow_text (f, score_line, SIZE_BODY, BS_TEXT_MARKUP, COLOR_TEXT, 0);
  f->y += 6;
  flow_text (f, bs_dimension_get_description_text (dimension, lang), SIZE_BODY, BS_TEXT_ITALIC, COLOR_MUTED, 0);

  flow_heading (f, _bs_report_string (BS_STR_STATEMENTS, lang), SIZE_H2, COLOR_TEXT, 14, 40);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);

      build_statement (self, f, statement, i + 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (is_blank (parts[i].text))
        continue;
      flow_heading (f, _bs_report_string (parts[i].label, lang), SIZE_H3, COLOR_TEXT, 14, 2 * SIZE_BODY * 1.3);
      flow_text (f, parts[i].text, SIZE_BODY, BS_TEXT_NORMAL, COLOR_TEXT, 0);
    }
}

static void
build_dimensions (BsReport *self,
                  Flow     *f)
{
  BsAssessment *a = self->assessment;
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (a));

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dimensions = bs_level_get_dimensions (level);
      TocEntry *entry;

      if (!bs_assessment_includes_level (a, bs_level_get_id (level)))
        continue;

      /* The level's entry points at its first dimension's page. */
      entry = g_new0 (TocEntry, 1);
      entry->title = g_strdup (bs_level_get_title_text (level, self->lang));
      entry->page = self->pages->len;
      g_ptr_array_add (self->toc, entry);

      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);

          build_dimension (self, f, level, dimension, j == 0);
        }
    }
}

static void
action_row_cells (BsReport     *self,
                  Flow         *f,
                  const char  **texts,
                  BsTextStyle   style,
                  PangoLayout **cells,
                  double       *cell_x,
                  gboolean     *cut)
{
  static const double share[MAX_CELLS] = { 0.36, 0.19, 0.18, 0.16, 0.11 };
  double x = 0;

  for (guint c = 0; c < MAX_CELLS; c++)
    {
      /* One row of the table cannot flow over a page break; a runaway
       * description is cut off with an ellipsis rather than the page, and
       * follows in full under the row. */
      cells[c] = cell_layout (self, texts[c], SIZE_SMALL, style, f->width * share[c] - 8, 30, &cut[c]);
      cell_x[c] = x + 4;
      x += f->width * share[c];
    }
}

static void
build_actions (BsReport *self,
               Flow     *f)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  GListModel *actions = bs_assessment_get_actions (a);
  const char *lang = self->lang;
  guint n = g_list_model_get_n_items (actions);
  const char *heads[MAX_CELLS] = {
    _bs_report_string (BS_STR_ACTION, lang),
    _bs_report_string (BS_STR_DIMENSION, lang),
    _bs_report_string (BS_STR_OWNER, lang),
    _bs_report_string (BS_STR_DUE, lang),
    _bs_report_string (BS_STR_STATUS, lang),
  };
  PangoLayout *head_cells[MAX_CELLS];
  double head_x[MAX_CELLS];
  gboolean head_cut[MAX_CELLS];

  flow_new_page (f);
  flow_section (f, _bs_report_string (BS_STR_ACTION_PLAN, lang), 0);
  flow_heading (f, _bs_report_string (BS_STR_ACTION_PLAN, lang), SIZE_H1, COLOR_TEXT, 0, 0);

  if (n == 0)
    {
      flow_text (f, _bs_report_string (BS_STR_NO_ACTIONS, lang), SIZE_BODY, BS_TEXT_ITALIC, COLOR_MUTED, 0);
      return;
    }

  action_row_cells (self, f, heads, BS_TEXT_BOLD, head_cells, head_x, head_cut);
  f->y += 4;
  flow_row (f, head_cells, head_x, TRUE, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      BsDimension *dimension = NULL;
      BsLevel *level = NULL;
      g_autofree char *dimension_text = NULL;
      g_autofree char *due = _bs_report_format_date (bs_action_get_due (action), lang);
      const char *texts[MAX_CELLS];
      PangoLayout *cells[MAX_CELLS];
      double cell_x[MAX_CELLS];
      gboolean cut[MAX_CELLS];

      if (bs_action_get_level_id (action) != NULL)
        level = bs_framework_lookup_level (framework, bs_action_get_level_id (action));
      if (level != NULL && bs_action_get_dimension_id (action) != NULL)
        dimension = bs_framework_lookup_dimension (framework, bs_action_get_level_id (action),
                                                   bs_action_get_dimension_id (action));
      if (dimension != NULL)
        dimension_text = g_strdup_printf ("%s\n%s", bs_dimension_get_title_text (dimension, lang),
                                          bs_level_get_title_text (level, lang));
      else if (level != NULL)
        dimension_text = g_strdup (bs_level_get_title_text (level, lang));
      else
        dimension_text = g_strdup ("");

      texts[0] = bs_action_get_description (action);
      texts[1] = dimension_text;
      texts[2] = bs_action_get_owner (action);
      texts[3] = due;
      texts[4] = _bs_report_status_label (bs_action_get_status (action), lang);
      action_row_cells (self, f, texts, BS_TEXT_NORMAL, cells, cell_x, cut);

      if (f->y + row_height (cells) + 8 > f->bottom)
        {
          /* The header row goes along to the next page. */
          flow_new_page (f);
          flow_row (f, head_cells, head_x, TRUE, 4);
        }
      flow_row (f, cells, cell_x, FALSE, 4);
      for (guint c = 0; c < MAX_CELLS; c++)
        if (cut[c])
          flow_full_text (f, heads[c], texts[c], SIZE_SMALL);
    }
}

static void
build_reflections (BsReport *self,
                   Flow     *f)
{
  BsAssessment *a = self->assessment;
  GListModel *reflections = bs_framework_get_reflections (bs_assessment_get_framework (a));
  const char *lang = self->lang;

  if (g_list_model_get_n_items (reflections) == 0)
    return;

  flow_space (f, 24);
  flow_section (f, _bs_report_string (BS_STR_REFLECTIONS, lang), 0);
  /* Keep the heading with the first question and its answer. */
  flow_heading (f, _bs_report_string (BS_STR_REFLECTIONS, lang), SIZE_H1, COLOR_TEXT, 0, 150);
  /* The heading may have moved to a new page. */
  ((TocEntry *) g_ptr_array_index (self->toc, self->toc->len - 1))->page = flow_page_index (f);

  for (guint i = 0; i < g_list_model_get_n_items (reflections); i++)
    {
      g_autoptr(BsReflection) reflection = g_list_model_get_item (reflections, i);
      GListModel *questions = bs_reflection_get_questions (reflection);

      flow_heading (f, bs_reflection_get_title_text (reflection, lang), SIZE_H2, COLOR_ACCENT, 8, 40);
      flow_text (f, bs_reflection_get_description_text (reflection, lang), SIZE_BODY, BS_TEXT_ITALIC,
                 COLOR_MUTED, 0);

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(BsQuestion) question = g_list_model_get_item (questions, j);
          const char *answer = bs_assessment_get_reflection (a, bs_question_get_id (question));
          flow_space (f, 10);
          flow_block (f, bs_question_get_text_text (question, lang), SIZE_BODY, BS_TEXT_BOLD, COLOR_TEXT,
                      2 * SIZE_BODY * 1.3);
          f->y += 2;
          if (is_blank (answer))
            flow_text (f, _bs_report_string (BS_STR_NO_REFLECTION, lang), SIZE_BODY, BS_TEXT_ITALIC,
                       COLOR_MUTED, 16);
          else
            flow_text (f, answer, SIZE_BODY, BS_TEXT_NORMAL, COLOR_TEXT, 16);
        }
    }
}

static void
build_glossary (BsReport *self,
                Flow     *f)
{
  GListModel *terms = bs_framework_get_glossary (bs_assessment_get_framework (self->assessment));
  const char *lang = self->lang;

  if (terms == NULL || g_list_model_get_n_items (terms) == 0)
    return;

  flow_new_page (f);
  flow_section (f, _bs_report_string (BS_STR_GLOSSARY, lang), 0);
  flow_heading (f, _bs_report_string (BS_STR_GLOSSARY, lang), SIZE_H1, COLOR_TEXT, 0, 0);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(BsTerm) term = g_list_model_get_item (terms, i);

      flow_heading (f, bs_term_get_name_text (term, lang), SIZE_H3, COLOR_TEXT, 8, 2 * SIZE_BODY * 1.3);
      flow_text (f, bs_term_get_definition_text (term, lang), SIZE_BODY, BS_TEXT_NORMAL, COLOR_TEXT, 0);
    }
}

static void
add_toc_entry (GPtrArray  *entries,
               const char *title,
               guint       depth)
{
  TocEntry *entry = g_new0 (TocEntry, 1);

  entry->title = g_strdup (title);
  entry->depth = depth;
  g_ptr_array_add (entries, entry);
}

/* The sections build_body() will make, in its order. */
static GPtrArray *
collect_toc (BsReport *self)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  GListModel *levels = bs_framework_get_levels (framework);
  GListModel *terms = bs_framework_get_glossary (framework);
  GPtrArray *entries = g_ptr_array_new_with_free_func (toc_entry_free);
  const char *lang = self->lang;

  add_toc_entry (entries, _bs_report_string (BS_STR_SUMMARY, lang), 0);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);

      if (bs_assessment_includes_level (a, bs_level_get_id (level)))
        add_toc_entry (entries, bs_level_get_title_text (level, lang), 1);
    }

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (a, bs_level_get_id (level)))
        continue;
      add_toc_entry (entries, bs_level_get_title_text (level, lang), 0);
      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);

          add_toc_entry (entries, bs_dimension_get_title_text (dimension, lang), 1);
        }
    }

  add_toc_entry (entries, _bs_report_string (BS_STR_ACTION_PLAN, lang), 0);
  if (g_list_model_get_n_items (bs_framework_get_reflections (framework)) > 0)
    add_toc_entry (entries, _bs_report_string (BS_STR_REFLECTIONS, lang), 0);
  if (terms != NULL && g_list_model_get_n_items (terms) > 0)
    add_toc_entry (entries, _bs_report_string (BS_STR_GLOSSARY, lang), 0);

  return entries;
}

static void
build_body (BsReport *self,
            Flow     *f)
{
  build_summary (self, f);
  build_dimensions (self, f);
  build_actions (self, f);
  build_reflections (self, f);
  build_glossary (self, f);
}

static void
set_color (cairo_t   *cr,
           ItemColor  color)
{
  switch (color)
    {
    case COLOR_MUTED:
      cairo_set_source_rgb (cr, BS_COLOR_MUTED);
      break;
    case COLOR_ACCENT:
      cairo_set_source_rgb (cr, 0.05, 0.30, 0.50);
      break;
    case COLOR_TEXT:
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
draw_text_item (BsReport   *self,
                cairo_t    *cr,
                const Item *item)
{
  g_autoptr(PangoLayout) again = NULL;
  PangoLayoutIter *iter;
  int line = 0;

  if (item->layout == NULL)
    {
      const Piece *piece = item->piece;

      again = _bs_render_layout_new (self->context, piece->text, piece->size, piece->style, piece->width);
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
draw_item (BsReport   *self,
           cairo_t    *cr,
           const Item *item)
{
  cairo_save (cr);
  switch (item->kind)
    {
    case ITEM_TEXT:
      draw_text_item (self, cr, item);
      break;

    case ITEM_RADAR:
      {
        BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, self->lang, 0.8 };

        cairo_translate (cr, item->x, item->y);
        bs_radar_draw (cr, item->width, item->height, self->assessment, item->level_id, &options);
      }
      break;

    case ITEM_SCORE_TABLE:
      cairo_translate (cr, item->x, item->y);
      if (item->header_height > 0)
        {
          /* A continued table repeats its header row. */
          cairo_save (cr);
          cairo_rectangle (cr, -2, -2, item->width + 4, item->header_height + 2);
          cairo_clip (cr);
          bs_score_table_draw (cr, item->width, self->assessment, item->level_id, self->lang);
          cairo_restore (cr);
        }
      /* Its rows slice_top to slice_bottom: the whole table, or one page's share. */
      cairo_rectangle (cr, -2, item->header_height - (item->slice_top > 0 ? 0 : 2),
                       item->width + 4, item->slice_bottom - item->slice_top + 2);
      cairo_clip (cr);
      cairo_translate (cr, 0, item->header_height - item->slice_top);
      bs_score_table_draw (cr, item->width, self->assessment, item->level_id, self->lang);
      break;

    case ITEM_ROW:
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
            double pad = (item->height - row_height ((PangoLayout **) item->cells)) / 2;

            _bs_render_show_layout (cr, item->cells[c], item->x + item->cell_x[c], item->y + pad);
          }
      break;

    case ITEM_TOC:
      {
        TocEntry *entry = g_ptr_array_index (self->toc, item->toc_index);
        g_autofree char *number = g_strdup_printf ("%u", entry->page + 1);
        g_autoptr(PangoLayout) layout = _bs_render_layout_new (self->context, number, SIZE_BODY,
                                                               entry->depth == 0 ? BS_TEXT_BOLD : 0, -1);
        double w;

        set_color (cr, COLOR_TEXT);
        _bs_render_show_layout (cr, item->layout, item->x, item->y);
        _bs_render_layout_size (layout, &w, NULL);
        _bs_render_show_layout (cr, layout, item->x + item->width - w, item->y);
        if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
          {
            g_autofree char *link = g_strdup_printf ("page=%u pos=[0 0]", entry->page + 1);

            /* A table of contents in a PDF is clickable. */
            tag_area (cr, link, item->x, item->y, item->width, item->height);
          }
      }
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

static void
draw_header_footer (BsReport *self,
                    cairo_t  *cr,
                    guint     page)
{
  double body_w = self->page_width - 2 * MARGIN_SIDE;
  g_autofree char *page_text = _bs_report_format_page (page + 1, self->pages->len, self->lang);
  g_autoptr(PangoLayout) footer = _bs_render_layout_new (self->context, page_text, SIZE_SMALL,
                                                         BS_TEXT_CENTER, body_w);
  double h;

  cairo_save (cr);
  cairo_set_source_rgb (cr, BS_COLOR_MUTED);
  _bs_render_layout_size (footer, NULL, &h);
  _bs_render_show_layout (cr, footer, MARGIN_SIDE, self->page_height - FOOTER_GAP - h);

  /* The cover carries the title already. */
  if (page > 0)
    {
      const char *title = bs_assessment_get_title (self->assessment);
      /* One line, ellipsized: a few hundred characters are more than
       * enough, and pango need not shape a pasted document on every page. */
      g_autofree char *shown = utf8_prefix (is_blank (title) ? _bs_report_string (BS_STR_REPORT_KIND, self->lang) : title,
                                            400);
      g_autoptr(PangoLayout) header = _bs_render_layout_new (self->context, shown,
                                                             SIZE_SMALL, BS_TEXT_NORMAL, body_w);

      pango_layout_set_ellipsize (header, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (header, -1);
      _bs_render_layout_size (header, NULL, &h);
      _bs_render_show_layout (cr, header, MARGIN_SIDE, HEADER_Y);
      cairo_set_line_width (cr, 0.5);
      cairo_set_source_rgb (cr, BS_COLOR_GRID);
      cairo_move_to (cr, MARGIN_SIDE, HEADER_Y + h + 4);
      cairo_line_to (cr, self->page_width - MARGIN_SIDE, HEADER_Y + h + 4);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
clear_pages (BsReport *self)
{
  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->toc, 0);
  g_ptr_array_set_size (self->layouts, 0);
  g_ptr_array_set_size (self->pieces, 0);
}

static void
bs_report_finalize (GObject *object)
{
  BsReport *self = (BsReport *) object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->toc, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->assessment);
  g_free (self->lang);

  G_OBJECT_CLASS (bs_report_parent_class)->finalize (object);
}

static void
bs_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BsReport *self = BS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, bs_report_get_n_pages (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BsReport *self = BS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    case PROP_LANG:
      self->lang = g_strdup (_bs_report_resolve_lang (g_value_get_string (value)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_report_class_init (BsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_report_finalize;
  object_class->get_property = bs_report_get_property;
  object_class->set_property = bs_report_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* "nl" or "en"; NULL at construction means the user's language. */
  properties[PROP_LANG] =
    g_param_spec_string ("lang", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_report_init (BsReport *self)
{
  self->context = _bs_render_context_new ();
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->toc = g_ptr_array_new_with_free_func (toc_entry_free);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->pieces = g_ptr_array_new_with_free_func (piece_free);
}

/**
 * bs_report_new:
 * @lang: (nullable): "nl" or "en"; %NULL means the user's language
 *
 * Returns: (transfer full): a report on @assessment, not yet paginated
 */
BsReport *
bs_report_new (BsAssessment *assessment,
               const char   *lang)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (BS_TYPE_REPORT,
                       "assessment", assessment,
                       "lang", lang,
                       NULL);
}

BsAssessment *
bs_report_get_assessment (BsReport *self)
{
  g_return_val_if_fail (BS_IS_REPORT (self), NULL);

  return self->assessment;
}

const char *
bs_report_get_lang (BsReport *self)
{
  g_return_val_if_fail (BS_IS_REPORT (self), NULL);

  return self->lang;
}

/**
 * bs_report_paginate:
 * @cr: (nullable): the context the pages will be drawn on
 * @page_width: in @cr's user units, points for PDF (A4 is 595.276)
 * @page_height: A4 is 841.89
 *
 * Lays the report out in pages. The text is measured with metrics that do
 * not depend on the surface, so a report paginated once draws the same on
 * the print dialog's context and on a PDF. The layout is in points: a
 * GtkPrintOperation should use GTK_UNIT_POINTS and pass the page size of
 * its GtkPrintContext.
 */
void
bs_report_paginate (BsReport *self,
                    cairo_t  *cr,
                    double    page_width,
                    double    page_height)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint old_n_pages;
  Flow f = { self };

  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (page_width > 4 * MARGIN_SIDE && page_height > 2 * (MARGIN_TOP + MARGIN_BOTTOM));

  old_n_pages = self->pages->len;
  clear_pages (self);
  self->page_width = page_width;
  self->page_height = page_height;

  f.top = MARGIN_TOP;
  f.bottom = page_height - MARGIN_BOTTOM;
  f.left = MARGIN_SIDE;
  f.width = page_width - 2 * MARGIN_SIDE;

  flow_new_page (&f);
  build_cover (self, &f);

  /* The table of contents comes before the sections it lists. Its
   * entries are known from the model alone, and a row of the contents does
   * not depend on its page number, so one pass lays out everything; the
   * numbers are filled in when the contents are drawn. */
  entries = collect_toc (self);
  flow_new_page (&f);
  build_toc (self, &f, entries);
  build_body (self, &f);
  g_warn_if_fail (entries->len == self->toc->len);

  if (old_n_pages != self->pages->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

guint
bs_report_get_n_pages (BsReport *self)
{
  g_return_val_if_fail (BS_IS_REPORT (self), 0);

  return self->pages->len;
}

/**
 * bs_report_draw_page:
 * @page: 0-based, below bs_report_get_n_pages()
 *
 * Draws one page at the origin of @cr, in the units the report was
 * paginated for.
 */
void
bs_report_draw_page (BsReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  GArray *items;

  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  draw_header_footer (self, cr, page);
  for (guint i = 0; i < items->len; i++)
    draw_item (self, cr, &g_array_index (items, Item, i));
  cairo_restore (cr);
}

/* What a file manager or a document archive shows without opening the
 * report: who wrote it (the facilitator, else the institution) and what
 * it is about. Cairo adds the creation date itself. */
static void
set_pdf_metadata (BsReport        *self,
                  cairo_surface_t *surface)
{
  const char *facilitator = bs_assessment_get_facilitator (self->assessment);
  const char *institution = bs_assessment_get_institution (self->assessment);
  const char *unit = bs_assessment_get_unit (self->assessment);
  g_autoptr(GString) subject = g_string_new (_bs_report_string (BS_STR_REPORT_KIND, self->lang));

  /* Each a line in a file manager: the start of a text pasted into the
   * field is plenty, the report itself has all of it. */
  if (!is_blank (facilitator))
    {
      g_autofree char *author = utf8_prefix (facilitator, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
    }
  else if (!is_blank (institution))
    {
      g_autofree char *author = utf8_prefix (institution, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
    }

  if (!is_blank (unit))
    g_string_append_printf (subject, ": %s", unit);
  if (!is_blank (institution))
    g_string_append_printf (subject, is_blank (unit) ? ": %s" : ", %s", institution);
  {
    g_autofree char *shown = utf8_prefix (subject->str, METADATA_CHARS);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, shown);
  }
}

/**
 * bs_report_to_pdf:
 *
 * Renders the report as an A4 PDF in memory, for a file or a pipe.
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
bs_report_to_pdf (BsReport  *self,
                  GError   **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  const char *title;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  g_return_val_if_fail (BS_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (_bs_render_append_cb, buffer,
                                                 BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  title = bs_assessment_get_title (self->assessment);
  if (!is_blank (title))
    {
      g_autofree char *shown = utf8_prefix (title, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, shown);
    }
  set_pdf_metadata (self, surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Blendscan " PACKAGE_VERSION);

  cr = cairo_create (surface);
  if (self->pages->len == 0 ||
      fabs (self->page_width - BS_REPORT_A4_WIDTH) > 0.01 ||
      fabs (self->page_height - BS_REPORT_A4_HEIGHT) > 0.01)
    bs_report_paginate (self, cr, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);

  for (guint i = 0; i < self->pages->len; i++)
    {
      bs_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  /* The PDF outline mirrors the table of contents. */
  for (guint i = 0; i < self->toc->len; i++)
    {
      TocEntry *entry = g_ptr_array_index (self->toc, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 0]", entry->page + 1);
      int id;

      if (*entry->title == '\0')
        continue;
      g_autofree char *name = utf8_prefix (entry->title, 200);

      id = cairo_pdf_surface_add_outline (surface, entry->depth == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          name, link, 0);
      if (entry->depth == 0)
        parent = id;
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return _bs_render_finish (g_steal_pointer (&buffer), status, error);
}

/**
 * bs_report_write_pdf:
 *
 * Writes the report as an A4 PDF with bs_safe_write(): replaced
 * atomically (when anything fails, an existing file at @path is left as
 * it was), a link followed, never a device or a folder.
 *
 * Returns: %TRUE on success
 */
gboolean
bs_report_write_pdf (BsReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (BS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  bytes = bs_report_to_pdf (self, error);
  if (bytes == NULL || !_bs_render_save (path, bytes, error))
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_prefix_error (error, _("Could not write the report “%s”: "), display);
      return FALSE;
    }

  return TRUE;
}
