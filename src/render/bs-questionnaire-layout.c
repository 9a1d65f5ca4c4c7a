/* bs-questionnaire-layout.c: what the paper questionnaire says: the cover, then per level and dimension the statements with boxes to tick
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include "bs-questionnaire-private.h"

#define BOX_SIZE     9.0
#define BOX_X        3.0
/* Where a stage's name and its descriptor start, from the body's left. */
#define STAGE_X      20.0
#define DESCRIPTOR_X 126.0
#define NOTE_HEIGHT  42.0
#define MAX_BOXES    4

typedef enum
{
  STR_KIND,
  STR_RESPONDENT,
  STR_NAME,
  STR_ROLE,
  STR_HOW_TO,
  STR_HOW_1,
  STR_HOW_2,
  STR_HOW_3,
  STR_CONTINUED,
  STR_LEVEL,
  N_STRINGS
} QuestionnaireString;

/* In the questionnaire's language, which need not be the user's: see
 * bs-report-strings.c for why these are not gettext strings. */
static const char * const strings[N_STRINGS][2] = {
  [STR_KIND] = { "Questionnaire: self-assessment of blended education",
                 "Vragenlijst: zelfevaluatie blended onderwijs" },
  [STR_RESPONDENT] = { "Respondent", "Respondent" },
  [STR_NAME] = { "Name", "Naam" },
  [STR_ROLE] = { "Role (tick one)", "Rol (kruis er één aan)" },
  [STR_HOW_TO] = { "How to fill in this questionnaire", "Zo vult u deze vragenlijst in" },
  [STR_HOW_1] = { "Read each statement and tick the one stage that best describes the situation as it is now, "
                  "not as it should be. Beside each stage is what that stage looks like for this statement.",
                  "Lees elke stelling en kruis de ene fase aan die de huidige situatie het best beschrijft, "
                  "niet de gewenste. Naast elke fase staat hoe die fase er bij deze stelling uitziet." },
  [STR_HOW_2] = { "Tick “Not applicable” when the statement does not apply here, and “Don’t know” when you "
                  "cannot judge it. Tick one box per statement.",
                  "Kruis „Niet van toepassing” aan als de stelling hier niet geldt, en „Weet ik niet” als u "
                  "het niet kunt beoordelen. Kruis per stelling één vakje aan." },
  [STR_HOW_3] = { "Use the space under a statement for a note: an example, a reason, or what it would take to "
                  "reach the next stage. Your answers are combined with those of your colleagues and discussed "
                  "in the review meeting.",
                  "Gebruik de ruimte onder een stelling voor een toelichting: een voorbeeld, een reden of wat "
                  "er nodig is voor de volgende fase. Uw antwoorden worden samengevoegd met die van uw collega’s "
                  "en besproken in het evaluatiegesprek." },
  [STR_CONTINUED] = { "continued", "vervolg" },
  [STR_LEVEL] = { "Level", "Niveau" },
};

static const char *
string (QuestionnaireString  id,
        const char          *lang)
{
  return strings[id][g_str_equal (lang, "nl") ? 1 : 0];
}

const char *
_bs_questionnaire_kind (const char *lang)
{
  return string (STR_KIND, lang);
}

/* Boxes to tick, drawn at the top left of a row placed right after them. */
typedef struct
{
  guint  n;
  double x[MAX_BOXES];
  double y;
  int    ticked;    /* the box with a cross in it, or -1 */
  double line_to;   /* > 0: a line to write on, from x[0] to here, instead */
} Boxes;

static void
draw_boxes_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  Boxes *boxes = data;

  cairo_set_source_rgb (cr, BS_COLOR_TEXT);
  if (boxes->line_to > 0)
    {
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, boxes->x[0], boxes->y);
      cairo_line_to (cr, boxes->line_to, boxes->y);
      cairo_stroke (cr);
      return;
    }

  cairo_set_line_width (cr, 0.8);
  for (guint i = 0; i < boxes->n; i++)
    {
      cairo_rectangle (cr, boxes->x[i], boxes->y, BOX_SIZE, BOX_SIZE);
      cairo_stroke (cr);
      if ((int) i == boxes->ticked)
        {
          cairo_set_line_width (cr, 1.2);
          cairo_move_to (cr, boxes->x[i] + 1.8, boxes->y + 1.8);
          cairo_line_to (cr, boxes->x[i] + BOX_SIZE - 1.8, boxes->y + BOX_SIZE - 1.8);
          cairo_move_to (cr, boxes->x[i] + BOX_SIZE - 1.8, boxes->y + 1.8);
          cairo_line_to (cr, boxes->x[i] + 1.8, boxes->y + BOX_SIZE - 1.8);
          cairo_stroke (cr);
          cairo_set_line_width (cr, 0.8);
        }
    }
}

/* The frame a note is written in. */
static void
draw_note_cb (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, BS_COLOR_GRID);
  cairo_rectangle (cr, STAGE_X, 0, width - STAGE_X, height);
  cairo_stroke (cr);
}

/* The height of a layout's first line: a box sits level with it. */
static double
first_line_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, 0), NULL, &logical);

  return (double) logical.height / PANGO_SCALE;
}

/* A row of cells with boxes before some of them; never broken over pages. */
typedef struct
{
  PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS];
  double       cell_x[BS_PAGE_FLOW_MAX_CELLS];
  Boxes        boxes;
  double       pad;
  double       space_before;
  double       picture_height;   /* > 0: a frame for a note instead of a row */
  char        *full_text;        /* a descriptor its cell had to cut short */
  double       full_size;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->full_text);
}

static double
row_height (const Row *row)
{
  if (row->picture_height > 0)
    return row->space_before + row->picture_height;

  return row->space_before + _bs_page_flow_row_height ((PangoLayout **) row->cells) + 2 * row->pad;
}

static void
place_row (BsPageFlow *f,
           const Row  *row)
{
  f->y += row->space_before;
  if (row->picture_height > 0)
    {
      _bs_page_flow_picture (f, row->picture_height, draw_note_cb, NULL, NULL);
      return;
    }
  if (row->boxes.n > 0 || row->boxes.line_to > 0)
    _bs_page_flow_picture (f, 0, draw_boxes_cb, g_memdup2 (&row->boxes, sizeof row->boxes), g_free);
  _bs_page_flow_row (f, (PangoLayout **) row->cells, row->cell_x, FALSE, row->pad);
  if (row->full_text != NULL)
    {
      f->y += 2;
      _bs_page_flow_user_text (f, NULL, row->full_text, row->full_size, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, DESCRIPTOR_X);
      f->y += 2;
    }
}

/* Boxes level with the first line of @cell, at @x… (@n of them). */
static void
set_boxes (Row         *row,
           PangoLayout *cell,
           guint        n,
           const double *x,
           int          ticked)
{
  row->boxes.n = n;
  for (guint i = 0; i < n; i++)
    row->boxes.x[i] = x[i];
  row->boxes.y = row->pad + MAX (0, (first_line_height (cell) - BOX_SIZE) / 2);
  row->boxes.ticked = ticked;
}

static GPtrArray *
included_levels (BsQuestionnaire *self)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (self->assessment));
  GPtrArray *included = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      BsLevel *level = g_list_model_get_item (levels, i);

      if (bs_assessment_includes_level (self->assessment, bs_level_get_id (level)))
        g_ptr_array_add (included, level);
      else
        g_object_unref (level);
    }

  return included;
}

/* Label and value on the cover. */
static void
flow_field (BsPageFlow *f,
            const char *label,
            const char *value)
{
  PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
  double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0, 120 };
  gboolean cut;

  if (_bs_render_is_blank (value))
    return;
  cells[0] = _bs_page_flow_layout (f, label, SIZE_BODY, BS_TEXT_BOLD, 112);
  cells[1] = _bs_page_flow_cell (f, value, SIZE_BODY, BS_TEXT_NORMAL, f->width - 120, 6, &cut);
  _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 6);
  _bs_page_flow_row (f, cells, cell_x, FALSE, 3);
}

/* The respondent's name (or a line to write it on) and the roles to tick. */
static void
flow_respondent (BsQuestionnaire *self,
                 BsPageFlow      *f)
{
  GListModel *roles = bs_framework_get_roles (bs_assessment_get_framework (self->assessment));
  const char *lang = self->lang;
  double half = f->width / 2;

  _bs_page_flow_heading (f, string (STR_RESPONDENT, lang), SIZE_H2, BS_FLOW_COLOR_TEXT, 18, 120);
  {
    Row row = { { NULL } };
    gboolean cut;

    row.pad = 6;
    row.cells[0] = _bs_page_flow_layout (f, string (STR_NAME, lang), SIZE_H3, BS_TEXT_BOLD, 112);
    row.cell_x[1] = 120;
    if (self->name != NULL)
      {
        row.cells[1] = _bs_page_flow_cell (f, self->name, SIZE_H3, BS_TEXT_NORMAL, f->width - 120, 4, &cut);
        if (cut)
          {
            /* A row cannot break over pages: a name too long for one
             * becomes a paragraph of its own, printed whole. */
            g_autofree char *label = g_markup_printf_escaped ("<b>%s:</b> ", string (STR_NAME, lang));

            _bs_page_flow_user_text (f, label, self->name, SIZE_H3, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
            row.cells[0] = row.cells[1] = NULL;
          }
      }
    else
      {
        /* A line to write on, at the label's baseline and a little below. */
        row.boxes.x[0] = 120;
        row.boxes.line_to = f->width;
        row.boxes.y = row.pad + first_line_height (row.cells[0]) + 2;
      }
    if (row.cells[0] != NULL)
      place_row (f, &row);
  }

  f->y += 8;
  _bs_page_flow_text (f, string (STR_ROLE, lang), SIZE_H3, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT, 0);
  f->y += 2;
  /* The framework's roles, two to a row. */
  for (guint i = 0; i < g_list_model_get_n_items (roles); i += 2)
    {
      Row row = { { NULL } };
      double x[2] = { BOX_X, half + BOX_X };
      int ticked = -1;
      guint n = 0;

      row.pad = 4;
      for (guint c = 0; c < 2 && i + c < g_list_model_get_n_items (roles); c++, n++)
        {
          g_autoptr(BsRole) role = g_list_model_get_item (roles, i + c);

          row.cells[c] = _bs_page_flow_layout (f, bs_role_get_name_text (role, lang), SIZE_BODY, BS_TEXT_NORMAL,
                                               half - STAGE_X - 4);
          row.cell_x[c] = c * half + STAGE_X;
          if (self->role != NULL && g_str_equal (self->role, bs_role_get_id (role)))
            ticked = c;
        }
      set_boxes (&row, row.cells[0], n, x, ticked);
      _bs_page_flow_ensure (f, row_height (&row));
      place_row (f, &row);
    }
}

/* What the stages mean in general, as the report shows them. */
static void
flow_scale (BsQuestionnaire *self,
            BsPageFlow      *f)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_SCALE, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 12, 30);
  for (guint k = 1; k <= bs_framework_get_n_stages (framework); k++)
    {
      BsStage *stage = bs_framework_get_stage (framework, k);
      PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
      double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0, 110 };
      g_autofree char *name = NULL;
      gboolean cut;

      if (stage == NULL)
        continue;
      name = g_strdup_printf ("%u – %s", k, bs_stage_get_name_text (stage, lang));
      cells[0] = _bs_page_flow_cell (f, name, SIZE_SMALL, BS_TEXT_BOLD, 104, 6, &cut);
      cells[1] = _bs_page_flow_cell (f, bs_stage_get_meaning_text (stage, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                                     f->width - 110, 12, &cut);
      _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 4);
      _bs_page_flow_row (f, cells, cell_x, FALSE, 2);
    }
}

static void
build_cover (BsQuestionnaire *self,
             BsPageFlow      *f)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  const char *lang = self->lang;
  const char *title = bs_assessment_get_title (a);
  g_autofree char *version = _bs_report_format_version (bs_framework_get_version (framework), lang);
  g_autofree char *framework_text = g_strdup_printf ("%s, %s",
                                                     bs_localized_get (bs_framework_get_title (framework), lang),
                                                     version);
  g_autofree char *date = _bs_report_format_date (bs_assessment_get_date (a), lang);
  g_autoptr(GPtrArray) levels = included_levels (self);
  g_autoptr(GString) levels_text = g_string_new (NULL);

  f->y = f->top + 10;
  _bs_page_flow_text (f, string (STR_KIND, lang), SIZE_H3, BS_TEXT_BOLD, BS_FLOW_COLOR_ACCENT, 0);
  f->y += 8;
  if (!_bs_render_is_blank (title))
    {
      _bs_page_flow_user_text (f, NULL, title, 22, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT, 0);
      f->y += 10;
    }
  if (!_bs_render_is_blank (bs_assessment_get_institution (a)))
    {
      _bs_page_flow_user_text (f, NULL, bs_assessment_get_institution (a), SIZE_H2, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
      f->y += 4;
    }
  if (!_bs_render_is_blank (bs_assessment_get_unit (a)))
    _bs_page_flow_user_text (f, NULL, bs_assessment_get_unit (a), SIZE_H3, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 0);
  f->y += 14;
  _bs_page_flow_rule (f);
  f->y += 8;

  for (guint i = 0; i < levels->len; i++)
    {
      if (levels_text->len > 0)
        g_string_append (levels_text, ", ");
      g_string_append (levels_text, bs_level_get_title_text (g_ptr_array_index (levels, i), lang));
    }
  flow_field (f, _bs_report_string (BS_STR_LEVELS, lang), levels_text->str);
  flow_field (f, _bs_report_string (BS_STR_DATE, lang), date);
  flow_field (f, _bs_report_string (BS_STR_FRAMEWORK, lang), framework_text);

  flow_respondent (self, f);

  _bs_page_flow_heading (f, string (STR_HOW_TO, lang), SIZE_H2, BS_FLOW_COLOR_TEXT, 18, 60);
  _bs_page_flow_text (f, string (STR_HOW_1, lang), SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
  f->y += 4;
  _bs_page_flow_text (f, string (STR_HOW_2, lang), SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
  f->y += 4;
  _bs_page_flow_text (f, string (STR_HOW_3, lang), SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
  flow_scale (self, f);
}

/* What a stage looks like for this statement: its rubric descriptor, or
 * the scale's meaning of the stage where the framework gives none. */
static const char *
stage_text (BsFramework *framework,
            BsStatement *statement,
            guint        k,
            const char  *lang,
            gboolean    *own)
{
  BsLocalized *descriptor = bs_statement_get_descriptor (statement, k);
  BsStage *stage;

  *own = descriptor != NULL && !bs_localized_is_empty (descriptor);
  if (*own)
    return bs_localized_get (descriptor, lang);
  stage = bs_framework_get_stage (framework, k);

  return stage != NULL ? bs_stage_get_meaning_text (stage, lang) : "";
}

/* The rows of one statement: its text, a row per stage, not applicable
 * and don't know, and the frame for a note. */
static GArray *
statement_rows (BsQuestionnaire *self,
                BsPageFlow      *f,
                BsStatement     *statement,
                guint            number)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  double descriptor_w = f->width - DESCRIPTOR_X;
  g_autofree char *heading = NULL;
  Row head = { { NULL } };

  g_array_set_clear_func (rows, row_clear);

  heading = g_markup_printf_escaped ("<b>%u. %s</b>  <span size=\"smaller\" foreground=\"#66666e\">%s</span>",
                                     number, bs_statement_get_text_text (statement, lang),
                                     bs_statement_get_id (statement));
  head.pad = 2;
  head.space_before = 14;
  head.cells[0] = _bs_page_flow_layout (f, heading, SIZE_BODY, BS_TEXT_MARKUP, f->width);
  g_array_append_val (rows, head);

  for (guint k = 1; k <= bs_framework_get_n_stages (framework); k++)
    {
      BsStage *stage = bs_framework_get_stage (framework, k);
      Row row = { { NULL } };
      g_autofree char *name = g_strdup_printf ("%u – %s", k, stage != NULL ? bs_stage_get_name_text (stage, lang) : "");
      double x[1] = { BOX_X };
      gboolean own, cut;
      const char *text = stage_text (framework, statement, k, lang, &own);

      row.pad = 3;
      row.space_before = k == 1 ? 3 : 0;
      row.cells[1] = _bs_page_flow_cell (f, name, SIZE_SMALL, BS_TEXT_BOLD, DESCRIPTOR_X - STAGE_X - 6, 4, &cut);
      row.cell_x[1] = STAGE_X;
      row.cells[2] = _bs_page_flow_cell (f, text, SIZE_SMALL, own ? BS_TEXT_NORMAL : BS_TEXT_ITALIC,
                                         descriptor_w, 30, &cut);
      row.cell_x[2] = DESCRIPTOR_X;
      if (cut)
        {
          row.full_text = g_strdup (text);
          row.full_size = SIZE_SMALL;
        }
      set_boxes (&row, row.cells[1], 1, x, -1);
      g_array_append_val (rows, row);
    }

  {
    Row row = { { NULL } };
    double x[2] = { BOX_X, DESCRIPTOR_X + BOX_X };

    row.pad = 3;
    row.cells[1] = _bs_page_flow_layout (f, _bs_report_string (BS_STR_NOT_APPLICABLE, lang), SIZE_SMALL,
                                         BS_TEXT_NORMAL, DESCRIPTOR_X - STAGE_X - 6);
    row.cell_x[1] = STAGE_X;
    row.cells[2] = _bs_page_flow_layout (f, _bs_report_string (BS_STR_UNKNOWN, lang), SIZE_SMALL,
                                         BS_TEXT_NORMAL, descriptor_w - STAGE_X);
    row.cell_x[2] = DESCRIPTOR_X + STAGE_X;
    set_boxes (&row, row.cells[1], 2, x, -1);
    g_array_append_val (rows, row);
  }

  {
    Row label = { { NULL } };
    Row frame = { { NULL } };

    label.pad = 1;
    label.space_before = 3;
    label.cells[0] = _bs_page_flow_layout (f, _bs_report_string (BS_STR_NOTE, lang), SIZE_SMALL, BS_TEXT_ITALIC,
                                           STAGE_X + 60);
    label.cell_x[0] = STAGE_X;
    g_array_append_val (rows, label);
    frame.picture_height = NOTE_HEIGHT;
    g_array_append_val (rows, frame);
  }

  return rows;
}

static double
rows_height (GArray *rows)
{
  double h = 0;

  for (guint i = 0; i < rows->len; i++)
    h += row_height (&g_array_index (rows, Row, i));

  return h;
}

/* Places a statement whole on one page. One taller than a page (a
 * framework with very long descriptors) breaks between its rows, never
 * inside one, and the next page starts with the statement again, marked
 * as continued, so no box is far from what it answers. */
static void
place_statement (BsQuestionnaire *self,
                 BsPageFlow      *f,
                 BsStatement     *statement,
                 guint            number,
                 GArray          *rows)
{
  double total = rows_height (rows);

  if (total <= f->bottom - f->top)
    {
      _bs_page_flow_ensure (f, total);
      for (guint i = 0; i < rows->len; i++)
        place_row (f, &g_array_index (rows, Row, i));
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      double h = row_height (row);
      guint page = _bs_page_flow_page_index (f);

      /* The statement's text goes with its first stage. */
      if (i == 0 && rows->len > 1)
        h += row_height (&g_array_index (rows, Row, 1));
      _bs_page_flow_ensure (f, h);
      if (i > 0 && _bs_page_flow_page_index (f) != page)
        {
          g_autofree char *again = g_markup_printf_escaped ("<b>%u. %s</b> <i>(%s)</i>", number,
                                                            bs_statement_get_text_text (statement, self->lang),
                                                            string (STR_CONTINUED, self->lang));
          PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
          double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0 };

          cells[0] = _bs_page_flow_layout (f, again, SIZE_SMALL, BS_TEXT_MARKUP, f->width);
          _bs_page_flow_row (f, cells, cell_x, FALSE, 2);
          f->y += 2;
        }
      place_row (f, row);
    }
}

static void
build_dimension (BsQuestionnaire *self,
                 BsPageFlow      *f,
                 BsDimension     *dimension)
{
  GListModel *statements = bs_dimension_get_statements (dimension);
  const char *lang = self->lang;
  const char *description = bs_dimension_get_description_text (dimension, lang);
  double keep = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);
      g_autoptr(GArray) rows = statement_rows (self, f, statement, i + 1);

      if (i == 0)
        {
          /* The dimension's title and description stay with its first
           * statement. */
          keep = rows_height (rows);
          if (!_bs_render_is_blank (description))
            {
              PangoLayout *layout = _bs_page_flow_layout (f, description, SIZE_BODY, BS_TEXT_ITALIC, f->width);
              double h;

              _bs_render_layout_size (layout, NULL, &h);
              keep += h + 4;
            }
          if (keep > f->bottom - f->top - 60)
            keep = 120;
          _bs_page_flow_space (f, 14);
          _bs_page_flow_section (f, bs_dimension_get_title_text (dimension, lang), 1);
          _bs_page_flow_heading (f, bs_dimension_get_title_text (dimension, lang), SIZE_H2, BS_FLOW_COLOR_TEXT, 0, keep);
          if (!_bs_render_is_blank (description))
            _bs_page_flow_text (f, description, SIZE_BODY, BS_TEXT_ITALIC, BS_FLOW_COLOR_MUTED, 0);
          /* No space above the first statement but its own. */
          f->y -= 6;
        }
      place_statement (self, f, statement, i + 1, rows);
    }
}

static void
build_level (BsQuestionnaire *self,
             BsPageFlow      *f,
             BsLevel         *level)
{
  GListModel *dimensions = bs_level_get_dimensions (level);
  const char *lang = self->lang;

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, bs_level_get_title_text (level, lang), 0);
  _bs_page_flow_text (f, string (STR_LEVEL, lang), SIZE_H3, BS_TEXT_BOLD, BS_FLOW_COLOR_ACCENT, 0);
  f->y += 2;
  _bs_page_flow_heading (f, bs_level_get_title_text (level, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);
  _bs_page_flow_text (f, bs_level_get_description_text (level, lang), SIZE_BODY, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);

  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);

      build_dimension (self, f, dimension);
    }
}

/* Lays out the whole questionnaire in @f, which has no pages yet. */
void
_bs_questionnaire_lay_out (BsQuestionnaire *self,
                           BsPageFlow      *f)
{
  g_autoptr(GPtrArray) levels = NULL;

  g_return_if_fail (BS_IS_QUESTIONNAIRE (self));
  g_return_if_fail (_bs_page_flow_get_n_pages (f) == 0);

  _bs_page_flow_new_page (f);
  build_cover (self, f);

  levels = included_levels (self);
  for (guint i = 0; i < levels->len; i++)
    build_level (self, f, g_ptr_array_index (levels, i));
}

/* The footer (the page number) and, after the cover, a running header
 * with the title and the respondent's name, so a page that comes loose
 * from its stack still says whose it is. */
void
_bs_questionnaire_draw_header_footer (BsQuestionnaire *self,
                                      cairo_t         *cr,
                                      guint            page)
{
  double body_w = self->page_width - 2 * MARGIN_SIDE;
  g_autofree char *page_text = _bs_report_format_page (page + 1, _bs_page_flow_get_n_pages (self->flow),
                                                       self->lang);
  g_autoptr(PangoLayout) footer = _bs_render_layout_new (self->context, page_text, SIZE_SMALL,
                                                         BS_TEXT_CENTER, body_w);
  double h;

  cairo_save (cr);
  cairo_set_source_rgb (cr, BS_COLOR_MUTED);
  _bs_render_layout_size (footer, NULL, &h);
  _bs_render_show_layout (cr, footer, MARGIN_SIDE, self->page_height - FOOTER_GAP - h);

  if (page > 0)
    {
      const char *title = bs_assessment_get_title (self->assessment);
      /* The name first: a long title is what gets cut short. */
      g_autofree char *text = g_strdup_printf ("%s%s%s",
                                               self->name != NULL ? self->name : "",
                                               self->name != NULL ? " — " : "",
                                               _bs_render_is_blank (title) ? string (STR_KIND, self->lang) : title);
      g_autofree char *shown = _bs_render_utf8_prefix (text, 400);
      g_autoptr(PangoLayout) header = _bs_render_layout_new (self->context, shown, SIZE_SMALL, BS_TEXT_NORMAL, body_w);

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
