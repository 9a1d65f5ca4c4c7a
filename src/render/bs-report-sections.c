/* bs-report-sections.c: what the report says: one function per section, and the running header and footer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include "bs-radar.h"
#include "bs-report-private.h"
#include "bs-score-table.h"

#define RADAR_HEIGHT  330.0
/* A level's radar shrinks down to this to stay on the page with its
 * heading and score table rather than leave most of the page blank. */
#define RADAR_MIN_FIT 250.0

/* An entry of the contents, before its page is known. */
static void
add_entry (GPtrArray  *entries,
           const char *title,
           guint       depth)
{
  g_ptr_array_add (entries, _bs_flow_section_new (title, depth));
}

static char *
markup_label (const char *label)
{
  return g_markup_printf_escaped ("<b>%s:</b> ", label);
}

/* The whole of a text that its table cell had to cut short, right under
 * the row: the report prints every character the user wrote. */
static void
flow_full_text (BsReport   *self,
                BsPageFlow *f,
                const char *label,
                const char *text,
                double      size)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s (%s):</b> ", label,
                                                     _bs_report_string (BS_STR_FULL_TEXT, self->lang));

  f->y += 2;
  _bs_page_flow_user_text (f, markup, text, size, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 4);
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

/* The levels the assessment includes, in the framework's order. */
static GPtrArray *
included_levels (BsReport *self)
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

/* "Score: 2.8 · 5 of 6 answered (4 scored, 1 N/A)". Without a score a level says there is
 * no answer; a dimension says so in italics and still counts the answers
 * (all "not applicable", say). */
static char *
score_markup (BsReport       *self,
              BsReportString  label,
              const BsScore  *score,
              gboolean        count_when_none)
{
  const char *lang = self->lang;
  g_autofree char *answered = _bs_report_format_answered (score, lang);

  /* A team's score says where its parts come from. */
  if (bs_assessment_is_team (self->assessment) && score->from_agreed + score->from_respondents > 0)
    {
      g_autofree char *sources = _bs_report_format_sources (score->from_agreed, score->from_respondents, lang);
      char *both = g_strdup_printf ("%s · %s", answered, sources);

      g_free (answered);
      answered = both;
    }

  if (bs_score_has_score (score))
    {
      g_autofree char *value = _bs_report_format_score (score->score, lang);

      return g_markup_printf_escaped ("<b>%s: %s</b> · %s", _bs_report_string (label, lang), value, answered);
    }
  if (count_when_none)
    return g_markup_printf_escaped ("<b>%s:</b> <i>%s</i> · %s", _bs_report_string (label, lang),
                                    _bs_report_string (BS_STR_NO_ANSWER, lang), answered);

  return g_markup_printf_escaped ("<b>%s:</b> %s", _bs_report_string (label, lang),
                                  _bs_report_string (BS_STR_NO_ANSWER, lang));
}

/* Two columns, label and value, for the cover. */
static void
flow_field (BsPageFlow *f,
            const char *label,
            const char *value)
{
  PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
  double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0 };
  double label_w = 120;
  gboolean cut;

  if (_bs_render_is_blank (value))
    return;

  cells[0] = _bs_page_flow_layout (f, label, SIZE_BODY, BS_TEXT_BOLD, label_w - 8);
  cells[1] = _bs_page_flow_cell (f, value, SIZE_BODY, BS_TEXT_NORMAL, f->width - label_w, 12, &cut);
  cell_x[1] = label_w;
  if (cut)
    {
      /* A row cannot break over pages: a value too long for one becomes a
       * paragraph of its own, which can. */
      g_autofree char *markup = markup_label (label);

      f->y += 3;
      _bs_page_flow_user_text (f, markup, value, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
      f->y += 3;
      return;
    }
  _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 6);
  _bs_page_flow_row (f, cells, cell_x, FALSE, 3);
}

/* The participants on the cover: a name and a role each. */
static void
flow_participants (BsReport   *self,
                   BsPageFlow *f)
{
  GListModel *participants = bs_assessment_get_participants (self->assessment);
  const char *lang = self->lang;

  if (g_list_model_get_n_items (participants) == 0)
    return;

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_PARTICIPANTS, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 16, 20);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(BsParticipant) p = g_list_model_get_item (participants, i);
      PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
      double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0, f->width * 0.42 };
      gboolean name_cut, role_cut;

      cells[0] = _bs_page_flow_cell (f, bs_participant_get_name (p), SIZE_BODY, BS_TEXT_NORMAL,
                                     f->width * 0.42 - 8, 6, &name_cut);
      cells[1] = _bs_page_flow_cell (f, bs_participant_get_role (p), SIZE_BODY, BS_TEXT_NORMAL,
                                     f->width * 0.58, 6, &role_cut);
      _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 4);
      _bs_page_flow_row (f, cells, cell_x, FALSE, 2);
      if (name_cut || role_cut)
        {
          g_autofree char *both = g_strdup_printf ("%s — %s", bs_participant_get_name (p),
                                                   bs_participant_get_role (p) ? bs_participant_get_role (p) : "");

          flow_full_text (self, f, _bs_report_string (BS_STR_PARTICIPANTS, lang), both, SIZE_BODY);
        }
    }
}

static void
build_cover (BsReport   *self,
             BsPageFlow *f)
{
  BsAssessment *a = self->assessment;
  BsFramework *framework = bs_assessment_get_framework (a);
  const char *lang = self->lang;
  g_autofree char *date = _bs_report_format_date (bs_assessment_get_date (a), lang);
  g_autofree char *version = _bs_report_format_version (bs_framework_get_version (framework), lang);
  g_autofree char *framework_text = g_strdup_printf ("%s, %s",
                                                     bs_localized_get (bs_framework_get_title (framework), lang),
                                                     version);
  g_autoptr(GPtrArray) levels = included_levels (self);
  g_autoptr(GString) levels_text = g_string_new (NULL);
  const char *title = bs_assessment_get_title (a);

  f->y = f->top + 90;
  _bs_page_flow_text (f, _bs_report_string (BS_STR_REPORT_KIND, lang), SIZE_H3, BS_TEXT_BOLD, BS_FLOW_COLOR_ACCENT, 0);
  f->y += 10;
  _bs_page_flow_text (f, _bs_render_is_blank (title) ? _bs_report_string (BS_STR_REPORT_KIND, lang) : title,
                      24, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT, 0);
  f->y += 14;
  _bs_page_flow_text (f, bs_assessment_get_institution (a), SIZE_H2, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
  f->y += 4;
  _bs_page_flow_text (f, bs_assessment_get_unit (a), SIZE_H3, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 0);
  f->y += 30;
  _bs_page_flow_rule (f);
  f->y += 12;

  for (guint i = 0; i < levels->len; i++)
    {
      if (levels_text->len > 0)
        g_string_append (levels_text, ", ");
      g_string_append (levels_text, bs_level_get_title_text (g_ptr_array_index (levels, i), lang));
    }

  /* The institution and the unit head the cover, above these fields. */
  flow_field (f, _bs_report_string (BS_STR_LEVELS, lang), levels_text->str);
  flow_field (f, _bs_report_string (BS_STR_DATE, lang), date);
  flow_field (f, _bs_report_string (BS_STR_FACILITATOR, lang), bs_assessment_get_facilitator (a));
  flow_field (f, _bs_report_string (BS_STR_FRAMEWORK, lang), framework_text);

  flow_participants (self, f);
}

static void
build_contents (BsReport   *self,
                BsPageFlow *f,
                GPtrArray  *entries)
{
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_CONTENTS, self->lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);
  f->y += 6;

  for (guint i = 0; i < entries->len; i++)
    {
      BsFlowSection *entry = g_ptr_array_index (entries, i);
      double indent = entry->depth * 16;
      double space = entry->depth == 0 ? 6 : 1.5;
      PangoLayout *title;
      gboolean cut;

      /* An entry points at its section, which has the title in full. */
      title = _bs_page_flow_cell (f, entry->title, entry->depth == 0 ? SIZE_H3 : SIZE_BODY,
                                  entry->depth == 0 ? BS_TEXT_BOLD : BS_TEXT_NORMAL,
                                  f->width - indent - 40, 3, &cut);
      _bs_page_flow_contents_line (f, title, i, indent, space, SIZE_BODY,
                                   entry->depth == 0 ? BS_TEXT_BOLD : 0);
    }
}

/* A team's radar has the respondents' spread as a band (as far as the
 * radar draws one: BS_RADAR_SHOW_SPREAD), the same flags for its layout
 * and its drawing. */
static BsRadarFlags
radar_flags (BsAssessment *assessment)
{
  BsRadarFlags flags = BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND;

  if (bs_assessment_is_team (assessment))
    flags |= BS_RADAR_SHOW_SPREAD;

  return flags;
}

/* When the dimension names do not fit around the radar (dozens of
 * dimensions), its axes carry numbers: the key says which is which. */
static void
flow_radar_key (BsReport   *self,
                BsPageFlow *f,
                BsLevel    *level,
                double      radar_h)
{
  /* As draw_radar_cb() draws it. */
  BsRadarOptions options = { NULL, radar_flags (self->assessment), self->lang, 0.8 };
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
  _bs_page_flow_text (f, key->str, SIZE_SMALL, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 0);
  f->y += 8;
}

/* What the radar and the score table of a level are drawn from; the
 * report outlives its pages, which hold these. */
typedef struct
{
  BsAssessment *assessment;
  const char   *lang;
  const char   *level_id;
} LevelChart;

static LevelChart *
level_chart_new (BsReport   *self,
                 const char *level_id)
{
  LevelChart *chart = g_new0 (LevelChart, 1);

  chart->assessment = self->assessment;
  chart->lang = self->lang;
  chart->level_id = g_intern_string (level_id);

  return chart;
}

static void
draw_radar_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  LevelChart *chart = data;
  BsRadarOptions options = { NULL, radar_flags (chart->assessment), chart->lang, 0.8 };

  bs_radar_draw (cr, width, height, chart->assessment, chart->level_id, &options);
}

static void
draw_score_table_cb (cairo_t  *cr,
                     double    width,
                     double    height,
                     gpointer  data)
{
  LevelChart *chart = data;

  bs_score_table_draw (cr, width, chart->assessment, chart->level_id, chart->lang);
}

static GArray *
score_table_breaks_cb (double   width,
                       gpointer data)
{
  LevelChart *chart = data;

  return bs_score_table_row_bottoms (width, chart->assessment, chart->level_id, chart->lang);
}

static void
list_summary (BsReport  *self,
              GPtrArray *entries)
{
  g_autoptr(GPtrArray) levels = included_levels (self);

  add_entry (entries, _bs_report_string (BS_STR_SUMMARY, self->lang), 0);
  for (guint i = 0; i < levels->len; i++)
    add_entry (entries, bs_level_get_title_text (g_ptr_array_index (levels, i), self->lang), 1);
}

/* What a score means, before the scores: the framework's own stages. */
static void
flow_scale (BsReport   *self,
            BsPageFlow *f)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_SCALE, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 10, 30);
  /* How to read the scale, in the framework's words (2.0 says there that
   * N/A and "don't know" are left out of every mean). */
  if (!_bs_render_is_blank (bs_framework_get_scale_description (framework, lang)))
    {
      _bs_page_flow_text (f, bs_framework_get_scale_description (framework, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                          BS_FLOW_COLOR_TEXT, 0);
      f->y += 6;
    }
  for (guint k = 1; k <= bs_framework_get_n_stages (framework); k++)
    {
      BsStage *stage = bs_framework_get_stage (framework, k);
      PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
      double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0, 110 };
      g_autofree char *name = NULL;
      gboolean name_cut, meaning_cut;

      if (stage == NULL)
        continue;
      name = g_strdup_printf ("%u – %s", k, bs_stage_get_name_text (stage, lang));
      cells[0] = _bs_page_flow_cell (f, name, SIZE_SMALL, BS_TEXT_BOLD, 104, 6, &name_cut);
      cells[1] = _bs_page_flow_cell (f, bs_stage_get_meaning_text (stage, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                                     f->width - 110, 6, &meaning_cut);
      _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 4);
      _bs_page_flow_row (f, cells, cell_x, FALSE, 2);
      if (name_cut || meaning_cut)
        {
          g_autofree char *both = g_strdup_printf ("%s: %s", name, bs_stage_get_meaning_text (stage, lang));

          flow_full_text (self, f, _bs_report_string (BS_STR_SCALE, lang), both, SIZE_SMALL);
        }
    }
}

static double
text_height (BsPageFlow  *f,
             const char  *text,
             double       size,
             BsTextStyle  style)
{
  g_autoptr(PangoLayout) layout = _bs_render_layout_new (f->context, text, size, style, f->width);
  double h;

  _bs_render_layout_size (layout, NULL, &h);

  return h;
}

/* A level in the summary: its score, its radar and its score table. */
static void
flow_level_summary (BsReport   *self,
                    BsPageFlow *f,
                    BsLevel    *level)
{
  BsAssessment *a = self->assessment;
  const char *level_id = bs_level_get_id (level);
  const char *lang = self->lang;
  g_autofree char *score_line = NULL;
  double table_h, radar_h, head_h;
  BsScore score;

  bs_score_level (a, level, &score);
  score_line = score_markup (self, BS_STR_LEVEL_SCORE, &score, FALSE);
  table_h = bs_score_table_measure (f->width, a, level_id, lang);
  head_h = text_height (f, bs_level_get_title_text (level, lang), SIZE_H2, BS_TEXT_BOLD) + SIZE_H2 * 0.35 +
           text_height (f, score_line, SIZE_BODY, BS_TEXT_MARKUP) + 4;
  /* Smaller paper (A5 from the print dialog) gets a smaller radar; a
   * table of dozens of dimensions goes on over pages anyway. */
  if (table_h > f->bottom - f->top)
    radar_h = RADAR_HEIGHT;
  else
    {
      double room = f->bottom - f->y - 14 - head_h - 8 - table_h;

      radar_h = CLAMP (f->bottom - f->top - table_h - 70, 160, RADAR_HEIGHT);
      if (room < radar_h && room >= RADAR_MIN_FIT)
        radar_h = room;
    }

  /* The radar and its table belong together on one page. */
  _bs_page_flow_space (f, 14);
  _bs_page_flow_ensure (f, head_h + radar_h + 8 + (table_h > f->bottom - f->top ? 100 : table_h));
  _bs_page_flow_section (f, bs_level_get_title_text (level, lang), 1);
  _bs_page_flow_heading (f, bs_level_get_title_text (level, lang), SIZE_H2, BS_FLOW_COLOR_ACCENT, 0, 0);

  _bs_page_flow_text (f, score_line, SIZE_BODY, BS_TEXT_MARKUP, BS_FLOW_COLOR_TEXT, 0);
  f->y += 4;

  _bs_page_flow_ensure (f, radar_h);
  _bs_page_flow_picture (f, radar_h, draw_radar_cb, level_chart_new (self, level_id), g_free);
  f->y += 8;
  flow_radar_key (self, f, level, radar_h);

  _bs_page_flow_table (f, table_h, draw_score_table_cb, score_table_breaks_cb,
                       level_chart_new (self, level_id), g_free);
  if (bs_assessment_is_team (a))
    {
      f->y += 4;
      _bs_page_flow_text (f, _bs_report_string (BS_STR_TEAM_SCORES, lang), SIZE_SMALL, BS_TEXT_ITALIC,
                          BS_FLOW_COLOR_MUTED, 0);
    }
}

static void
build_summary (BsReport   *self,
               BsPageFlow *f)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  g_autoptr(GPtrArray) levels = included_levels (self);
  const char *lang = self->lang;

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_SUMMARY, lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_SUMMARY, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);
  _bs_page_flow_text (f, bs_localized_get (bs_framework_get_description (framework), lang),
                      SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 0);
  flow_scale (self, f);

  for (guint i = 0; i < levels->len; i++)
    flow_level_summary (self, f, g_ptr_array_index (levels, i));
}

static void
list_dimensions (BsReport  *self,
                 GPtrArray *entries)
{
  g_autoptr(GPtrArray) levels = included_levels (self);

  for (guint i = 0; i < levels->len; i++)
    {
      BsLevel *level = g_ptr_array_index (levels, i);
      GListModel *dimensions = bs_level_get_dimensions (level);

      add_entry (entries, bs_level_get_title_text (level, self->lang), 0);
      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);

          add_entry (entries, bs_dimension_get_title_text (dimension, self->lang), 1);
        }
    }
}

/* A statement's answer and target: "Score: 3 – Established     Target: 4 – Leading". */
static char *
answer_markup (BsReport *self,
               int       value,
               guint     target)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;
  GString *score_text = g_string_new (NULL);

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

  return g_string_free (score_text, FALSE);
}

/* "3 – Embedded", or "Not applicable" in italics. */
static char *
agreed_value_markup (BsReport *self,
                     int       value)
{
  if (value > 0)
    return g_markup_printf_escaped ("%d – %s", value,
                                    stage_name (bs_assessment_get_framework (self->assessment), value, self->lang));

  return g_markup_printf_escaped ("<i>%s</i>", _bs_report_string (value == BS_VALUE_NOT_APPLICABLE ?
                                                                  BS_STR_NOT_APPLICABLE : BS_STR_NOT_AGREED,
                                                                  self->lang));
}

/**
 * _bs_report_flow_agreed:
 * @score_line: start with the agreed stage ("Agreed score: 2 – Developing",
 *   or that the team has not agreed yet)
 *
 * What the team agreed on a statement: the stage, its rationale and any
 * dissent, as a review meeting recorded them.
 */
void
_bs_report_flow_agreed (BsReport   *self,
                        BsPageFlow *f,
                        const char *statement_id,
                        gboolean    score_line,
                        double      indent)
{
  BsAgreedAnswer *agreed = bs_team_lookup_agreed (bs_assessment_get_team (self->assessment), statement_id);
  const char *lang = self->lang;

  if (score_line)
    {
      int value = agreed != NULL ? bs_agreed_answer_get_value (agreed) : BS_VALUE_NONE;
      g_autofree char *shown = agreed_value_markup (self, value);
      g_autofree char *line = g_strdup_printf ("<b>%s:</b> %s", _bs_report_string (BS_STR_AGREED_SCORE, lang), shown);

      f->y += 2;
      _bs_page_flow_text (f, line, SIZE_BODY, BS_TEXT_MARKUP, BS_FLOW_COLOR_TEXT, indent);
    }
  if (agreed == NULL)
    return;
  if (!_bs_render_is_blank (bs_agreed_answer_get_rationale (agreed)))
    {
      g_autofree char *label = markup_label (_bs_report_string (BS_STR_RATIONALE, lang));

      f->y += 3;
      _bs_page_flow_user_text (f, label, bs_agreed_answer_get_rationale (agreed), SIZE_BODY, BS_TEXT_NORMAL,
                               BS_FLOW_COLOR_TEXT, indent);
    }
  if (!_bs_render_is_blank (bs_agreed_answer_get_dissent (agreed)))
    {
      g_autofree char *label = markup_label (_bs_report_string (BS_STR_DISSENT, lang));

      f->y += 3;
      _bs_page_flow_user_text (f, label, bs_agreed_answer_get_dissent (agreed), SIZE_BODY, BS_TEXT_NORMAL,
                               BS_FLOW_COLOR_TEXT, indent);
    }
}

/* A team statement's score, saying where it comes from: "Agreed score:
 * 2 – Developing", or "Score: 2.4 (mean of 11 respondents) · not agreed
 * yet"; then the respondents' spread. Sets @value to the stage whose
 * descriptor applies, if any. */
static void
flow_team_score (BsReport   *self,
                 BsPageFlow *f,
                 const char *statement_id,
                 guint       target,
                 double      indent,
                 int        *value)
{
  const char *lang = self->lang;
  const BsTeamStat *stat = bs_team_stats_statement (self->team_stats, statement_id, NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  BsStatementScore score;

  bs_score_statement (self->assessment, statement_id, &score);
  *value = BS_VALUE_NONE;
  switch (score.source)
    {
    case BS_SCORE_SOURCE_AGREED:
      {
        g_autofree char *shown = agreed_value_markup (self, score.value);

        g_string_append_printf (line, "<b>%s:</b> %s", _bs_report_string (BS_STR_AGREED_SCORE, lang), shown);
        *value = score.value;
      }
      break;
    case BS_SCORE_SOURCE_RESPONDENTS:
      {
        g_autofree char *mean = _bs_report_format_score (score.score, lang);
        g_autofree char *shown = score.has_score ? _bs_report_format_mean_of (mean, score.n_scored, lang)
                                                 : g_strdup (_bs_report_string (BS_STR_NO_ANSWER, lang));
        g_autofree char *part = g_markup_printf_escaped ("<b>%s:</b> %s · <i>%s</i>",
                                                         _bs_report_string (BS_STR_SCORE, lang), shown,
                                                         _bs_report_string (BS_STR_NOT_AGREED, lang));

        g_string_append (line, part);
      }
      break;
    case BS_SCORE_SOURCE_OWN:
    case BS_SCORE_SOURCE_NONE:
    default:
      {
        g_autofree char *own = answer_markup (self, score.source == BS_SCORE_SOURCE_OWN ? score.value : BS_VALUE_NONE, 0);

        g_string_append (line, own);
        *value = score.source == BS_SCORE_SOURCE_OWN ? score.value : BS_VALUE_NONE;
      }
      break;
    }
  if (target > 0)
    {
      g_autofree char *part = g_markup_printf_escaped ("     <b>%s:</b> %u – %s", _bs_report_string (BS_STR_TARGET, lang),
                                                       target,
                                                       stage_name (bs_assessment_get_framework (self->assessment),
                                                                   target, lang));
      g_string_append (line, part);
    }
  _bs_page_flow_text (f, line->str, SIZE_BODY, BS_TEXT_MARKUP, BS_FLOW_COLOR_TEXT, indent);

  if (stat != NULL && stat->n + stat->n_not_applicable + stat->n_unknown > 0)
    {
      g_autofree char *mean = _bs_report_format_score (stat->mean, lang);
      g_autofree char *sd = _bs_report_format_score (stat->sd, lang);
      g_autofree char *spread = _bs_report_format_statement_spread (stat->n, mean, sd, (guint) stat->min,
                                                                    (guint) stat->max, stat->n_not_applicable,
                                                                    stat->n_unknown, lang);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s:</b> %s", _bs_report_string (BS_STR_RESPONDENTS, lang),
                                                         spread);

      f->y += 1;
      _bs_page_flow_text (f, markup, SIZE_SMALL, BS_TEXT_MARKUP, BS_FLOW_COLOR_MUTED, indent);
    }
}

static void
build_statement (BsReport    *self,
                 BsPageFlow  *f,
                 BsStatement *statement,
                 guint        number)
{
  BsAssessment *a = self->assessment;
  BsAnswer *answer = bs_assessment_lookup_answer (a, bs_statement_get_id (statement));
  const char *lang = self->lang;
  int value = answer != NULL ? bs_answer_get_value (answer) : BS_VALUE_NONE;
  guint target = answer != NULL ? bs_answer_get_target (answer) : 0;
  g_autofree char *heading = g_strdup_printf ("%u. %s", number, bs_statement_get_text_text (statement, lang));
  g_autofree char *score_text = NULL;
  const double indent = 16;

  _bs_page_flow_space (f, 10);
  _bs_page_flow_block (f, heading, SIZE_BODY, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT, 3 * SIZE_BODY * 1.3);
  f->y += 2;

  if (self->team_stats != NULL)
    flow_team_score (self, f, bs_statement_get_id (statement), target, indent, &value);
  else
    {
      score_text = answer_markup (self, value, target);
      _bs_page_flow_text (f, score_text, SIZE_BODY, BS_TEXT_MARKUP, BS_FLOW_COLOR_TEXT, indent);
    }

  if (value > 0)
    {
      BsLocalized *descriptor = bs_statement_get_descriptor (statement, value);

      if (descriptor != NULL && !bs_localized_is_empty (descriptor))
        {
          g_autofree char *label = g_markup_printf_escaped ("<i>%s:</i> ",
                                                            _bs_report_string (BS_STR_DESCRIPTOR, lang));
          f->y += 2;
          _bs_page_flow_user_text (f, label, bs_localized_get (descriptor, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                                   BS_FLOW_COLOR_MUTED, indent);
        }
    }

  if (self->team_stats != NULL)
    _bs_report_flow_agreed (self, f, bs_statement_get_id (statement), FALSE, indent);

  if (answer != NULL && !_bs_render_is_blank (bs_answer_get_note (answer)))
    {
      g_autofree char *label = markup_label (_bs_report_string (BS_STR_NOTE, lang));

      f->y += 3;
      _bs_page_flow_user_text (f, label, bs_answer_get_note (answer), SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, indent);
    }
  if (answer != NULL && !_bs_render_is_blank (bs_answer_get_evidence (answer)))
    {
      g_autofree char *label = markup_label (_bs_report_string (BS_STR_EVIDENCE, lang));

      f->y += 3;
      _bs_page_flow_user_text (f, label, bs_answer_get_evidence (answer), SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, indent);
    }
}

static void
build_dimension (BsReport    *self,
                 BsPageFlow  *f,
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
    _bs_page_flow_new_page (f);
  else
    {
      f->y += 24;
      _bs_page_flow_rule (f);
      f->y += 18;
    }
  _bs_page_flow_section (f, title, 1);
  _bs_page_flow_text (f, bs_level_get_title_text (level, lang), SIZE_H3, BS_TEXT_BOLD, BS_FLOW_COLOR_ACCENT, 0);
  f->y += 2;
  _bs_page_flow_heading (f, title, SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);

  bs_score_dimension (a, dimension, &score);
  score_line = score_markup (self, BS_STR_SCORE, &score, TRUE);
  _bs_page_flow_text (f, score_line, SIZE_BODY, BS_TEXT_MARKUP, BS_FLOW_COLOR_TEXT, 0);
  f->y += 6;
  _bs_page_flow_text (f, bs_dimension_get_description_text (dimension, lang), SIZE_BODY, BS_TEXT_ITALIC, BS_FLOW_COLOR_MUTED, 0);

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_STATEMENTS, lang), SIZE_H2, BS_FLOW_COLOR_TEXT, 14, 40);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);

      build_statement (self, f, statement, i + 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (_bs_render_is_blank (parts[i].text))
        continue;
      _bs_page_flow_heading (f, _bs_report_string (parts[i].label, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 14, 2 * SIZE_BODY * 1.3);
      _bs_page_flow_text (f, parts[i].text, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
    }
}

static void
build_dimensions (BsReport   *self,
                  BsPageFlow *f)
{
  g_autoptr(GPtrArray) levels = included_levels (self);

  for (guint i = 0; i < levels->len; i++)
    {
      BsLevel *level = g_ptr_array_index (levels, i);
      GListModel *dimensions = bs_level_get_dimensions (level);
      BsFlowSection *entry;

      /* The level's entry points at its first dimension's page. */
      entry = _bs_page_flow_section (f, bs_level_get_title_text (level, self->lang), 0);
      entry->page = _bs_page_flow_get_n_pages (f);

      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);

          build_dimension (self, f, level, dimension, j == 0);
        }
    }
}

static void
list_actions (BsReport  *self,
              GPtrArray *entries)
{
  add_entry (entries, _bs_report_string (BS_STR_ACTION_PLAN, self->lang), 0);
}

static void
action_row_cells (BsReport     *self,
                  BsPageFlow   *f,
                  const char  **texts,
                  BsTextStyle   style,
                  PangoLayout **cells,
                  double       *cell_x,
                  gboolean     *cut)
{
  static const double share[BS_PAGE_FLOW_MAX_CELLS] = { 0.36, 0.19, 0.18, 0.16, 0.11 };
  double x = 0;

  for (guint c = 0; c < BS_PAGE_FLOW_MAX_CELLS; c++)
    {
      /* One row of the table cannot flow over a page break; a runaway
       * description is cut off with an ellipsis rather than the page, and
       * follows in full under the row. */
      cells[c] = _bs_page_flow_cell (f, texts[c], SIZE_SMALL, style, f->width * share[c] - 8, 30, &cut[c]);
      cell_x[c] = x + 4;
      x += f->width * share[c];
    }
}

/* What an action is about: its dimension and that dimension's level, or
 * a level alone, or nothing. */
static char *
action_dimension_text (BsReport *self,
                       BsAction *action)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;
  BsDimension *dimension = NULL;
  BsLevel *level = NULL;

  if (bs_action_get_level_id (action) != NULL)
    level = bs_framework_lookup_level (framework, bs_action_get_level_id (action));
  if (level != NULL && bs_action_get_dimension_id (action) != NULL)
    dimension = bs_framework_lookup_dimension (framework, bs_action_get_level_id (action),
                                               bs_action_get_dimension_id (action));
  if (dimension != NULL)
    return g_strdup_printf ("%s\n%s", bs_dimension_get_title_text (dimension, lang),
                            bs_level_get_title_text (level, lang));
  if (level != NULL)
    return g_strdup (bs_level_get_title_text (level, lang));

  return g_strdup ("");
}

static void
build_actions (BsReport   *self,
               BsPageFlow *f)
{
  BsAssessment *a = self->assessment;
  GListModel *actions = bs_assessment_get_actions (a);
  const char *lang = self->lang;
  guint n = g_list_model_get_n_items (actions);
  const char *heads[BS_PAGE_FLOW_MAX_CELLS] = {
    _bs_report_string (BS_STR_ACTION, lang),
    _bs_report_string (BS_STR_DIMENSION, lang),
    _bs_report_string (BS_STR_OWNER, lang),
    _bs_report_string (BS_STR_DUE, lang),
    _bs_report_string (BS_STR_STATUS, lang),
  };
  PangoLayout *head_cells[BS_PAGE_FLOW_MAX_CELLS];
  double head_x[BS_PAGE_FLOW_MAX_CELLS];
  gboolean head_cut[BS_PAGE_FLOW_MAX_CELLS];

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_ACTION_PLAN, lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_ACTION_PLAN, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);

  if (n == 0)
    {
      _bs_page_flow_text (f, _bs_report_string (BS_STR_NO_ACTIONS, lang), SIZE_BODY, BS_TEXT_ITALIC, BS_FLOW_COLOR_MUTED, 0);
      return;
    }

  action_row_cells (self, f, heads, BS_TEXT_BOLD, head_cells, head_x, head_cut);
  f->y += 4;
  _bs_page_flow_row (f, head_cells, head_x, TRUE, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      g_autofree char *dimension_text = NULL;
      g_autofree char *due = _bs_report_format_date (bs_action_get_due (action), lang);
      const char *texts[BS_PAGE_FLOW_MAX_CELLS];
      PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS];
      double cell_x[BS_PAGE_FLOW_MAX_CELLS];
      gboolean cut[BS_PAGE_FLOW_MAX_CELLS];

      dimension_text = action_dimension_text (self, action);

      texts[0] = bs_action_get_description (action);
      texts[1] = dimension_text;
      texts[2] = bs_action_get_owner (action);
      texts[3] = due;
      texts[4] = _bs_report_status_label (bs_action_get_status (action), lang);
      action_row_cells (self, f, texts, BS_TEXT_NORMAL, cells, cell_x, cut);

      if (f->y + _bs_page_flow_row_height (cells) + 8 > f->bottom)
        {
          /* The header row goes along to the next page. */
          _bs_page_flow_new_page (f);
          _bs_page_flow_row (f, head_cells, head_x, TRUE, 4);
        }
      _bs_page_flow_row (f, cells, cell_x, FALSE, 4);
      for (guint c = 0; c < BS_PAGE_FLOW_MAX_CELLS; c++)
        if (cut[c])
          flow_full_text (self, f, heads[c], texts[c], SIZE_SMALL);
    }
}

static void
list_reflections (BsReport  *self,
                  GPtrArray *entries)
{
  g_autoptr(GPtrArray) reflections = bs_assessment_list_reflections (self->assessment);

  if (reflections->len > 0)
    add_entry (entries, _bs_report_string (BS_STR_REFLECTIONS, self->lang), 0);
}

static void
build_reflections (BsReport   *self,
                   BsPageFlow *f)
{
  BsAssessment *a = self->assessment;
  g_autoptr(GPtrArray) reflections = bs_assessment_list_reflections (a);
  const char *lang = self->lang;
  BsFlowSection *section;

  if (reflections->len == 0)
    return;

  _bs_page_flow_space (f, 24);
  section = _bs_page_flow_section (f, _bs_report_string (BS_STR_REFLECTIONS, lang), 0);
  /* Keep the heading with the first question and its answer. */
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_REFLECTIONS, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 150);
  /* The heading may have moved to a new page. */
  section->page = _bs_page_flow_page_index (f);

  for (guint i = 0; i < reflections->len; i++)
    {
      BsReflection *reflection = g_ptr_array_index (reflections, i);
      GListModel *questions = bs_reflection_get_questions (reflection);

      _bs_page_flow_heading (f, bs_reflection_get_title_text (reflection, lang), SIZE_H2, BS_FLOW_COLOR_ACCENT, 8, 40);
      _bs_page_flow_text (f, bs_reflection_get_description_text (reflection, lang), SIZE_BODY, BS_TEXT_ITALIC,
                          BS_FLOW_COLOR_MUTED, 0);

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(BsQuestion) question = g_list_model_get_item (questions, j);
          const char *answer = bs_assessment_get_reflection (a, bs_question_get_id (question));
          _bs_page_flow_space (f, 10);
          _bs_page_flow_block (f, bs_question_get_text_text (question, lang), SIZE_BODY, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT,
                               2 * SIZE_BODY * 1.3);
          f->y += 2;
          if (_bs_render_is_blank (answer))
            _bs_page_flow_text (f, _bs_report_string (BS_STR_NO_REFLECTION, lang), SIZE_BODY, BS_TEXT_ITALIC,
                                BS_FLOW_COLOR_MUTED, 16);
          else
            _bs_page_flow_text (f, answer, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 16);
        }
    }
}

static void
list_glossary (BsReport  *self,
               GPtrArray *entries)
{
  GListModel *terms = bs_framework_get_glossary (bs_assessment_get_framework (self->assessment));

  if (terms != NULL && g_list_model_get_n_items (terms) > 0)
    add_entry (entries, _bs_report_string (BS_STR_GLOSSARY, self->lang), 0);
}

static void
build_glossary (BsReport   *self,
                BsPageFlow *f)
{
  GListModel *terms = bs_framework_get_glossary (bs_assessment_get_framework (self->assessment));
  const char *lang = self->lang;

  if (terms == NULL || g_list_model_get_n_items (terms) == 0)
    return;

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_GLOSSARY, lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_GLOSSARY, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(BsTerm) term = g_list_model_get_item (terms, i);

      _bs_page_flow_heading (f, bs_term_get_name_text (term, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 8, 2 * SIZE_BODY * 1.3);
      _bs_page_flow_text (f, bs_term_get_definition_text (term, lang), SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
    }
}

/* The sections after the contents, in their order. Each lists what it
 * will add to the contents, which come first and so are made before any
 * section is laid out, and then lays itself out. A new section is these
 * two functions and a line here; the engine need not change. */
static const struct
{
  void (*list)  (BsReport   *self,
                 GPtrArray  *entries);
  void (*build) (BsReport   *self,
                 BsPageFlow *f);
} sections[] = {
  { list_summary, build_summary },
  { _bs_report_list_cycle, _bs_report_build_cycle },
  { _bs_report_list_team, _bs_report_build_team },
  { list_dimensions, build_dimensions },
  { _bs_report_list_gaps, _bs_report_build_gaps },
  { _bs_report_list_next_steps, _bs_report_build_next_steps },
  { list_actions, build_actions },
  { list_reflections, build_reflections },
  { list_glossary, build_glossary },
};

/* Lays out the whole report in @f, whose body box is set and which has
 * no pages yet: the cover, the contents, then every section. */
void
_bs_report_lay_out (BsReport   *self,
                    BsPageFlow *f)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (_bs_flow_section_free);

  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (_bs_page_flow_get_n_pages (f) == 0);

  /* A snapshot for this layout: the pages hold only what they draw. */
  if (bs_assessment_is_team (self->assessment))
    self->team_stats = bs_team_stats_new (self->assessment);

  _bs_page_flow_new_page (f);
  build_cover (self, f);

  /* The table of contents comes before the sections it lists. Its
   * entries are known from the model alone, and a row of the contents does
   * not depend on its page number, so one pass lays out everything; the
   * numbers are filled in when the contents are drawn. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    sections[i].list (self, entries);
  _bs_page_flow_new_page (f);
  build_contents (self, f, entries);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    sections[i].build (self, f);
  g_warn_if_fail (entries->len == _bs_page_flow_get_sections (f)->len);
  g_clear_pointer (&self->team_stats, bs_team_stats_free);
}

/* The running header (the title, on every page after the cover) and the
 * footer (the page number) in the margins of @page. */
void
_bs_report_draw_header_footer (BsReport *self,
                               cairo_t  *cr,
                               guint     page)
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

  /* The cover carries the title already. */
  if (page > 0)
    {
      const char *title = bs_assessment_get_title (self->assessment);
      /* One line, ellipsized: a few hundred characters are more than
       * enough, and pango need not shape a pasted document on every page. */
      g_autofree char *shown = _bs_render_utf8_prefix (_bs_render_is_blank (title) ?
                                                       _bs_report_string (BS_STR_REPORT_KIND, self->lang) : title,
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
