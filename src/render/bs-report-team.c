/* bs-report-team.c: the report's sections for a team assessment: respondents, spread, disagreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-distribution.h"
#include "bs-report-private.h"
#include "bs-spread-table.h"

/* What a review meeting needs on paper: who answered (counts per role;
 * names only when the coordinator asks, BsReportOptions), how far apart
 * the respondents are per dimension, and the statements they disagree on
 * most, each with its answers drawn and what the team agreed. The
 * assessment of one person has none of this, and its report is exactly
 * as it was before teams existed. */

/* A review meeting has time for a handful of statements; the report
 * shows no more than this many of those flagged. */
#define MAX_DISAGREEMENTS 10

/* A distribution chart is never taller than this share of a page body:
 * a large team's chart is drawn smaller, down to MIN_CHART_SCALE. */
#define MAX_CHART_SHARE  0.6
#define CHART_SCALE      0.85
#define MIN_CHART_SCALE  0.5
#define CHART_INDENT     16.0

/* The roles that have respondents, in the framework's order: they are
 * listed, and their colours and shapes are the same in every chart. */
typedef struct
{
  BsTeamStats *stats;      /* the report's, for its layout */
  GPtrArray   *roles;      /* BsRole */
} TeamData;

static void
team_data_clear (TeamData *team)
{
  g_clear_pointer (&team->roles, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TeamData, team_data_clear)

static void
team_data_init (BsReport *self,
                TeamData *team)
{
  GListModel *roles = bs_framework_get_roles (bs_assessment_get_framework (self->assessment));

  team->stats = self->team_stats;
  team->roles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i);

      if (bs_team_stats_get_n_respondents (team->stats, bs_role_get_id (role)) > 0)
        g_ptr_array_add (team->roles, g_steal_pointer (&role));
    }
}

/* The index of @role_id among the team's roles, for its colour and shape. */
static guint
role_index (TeamData   *team,
            const char *role_id)
{
  for (guint i = 0; i < team->roles->len; i++)
    if (g_strcmp0 (bs_role_get_id (g_ptr_array_index (team->roles, i)), role_id) == 0)
      return i;

  return team->roles->len;
}

static const char *
role_name (BsReport   *self,
           const char *role_id)
{
  BsRole *role = bs_framework_lookup_role (bs_assessment_get_framework (self->assessment), role_id);

  return role != NULL ? bs_role_get_name_text (role, self->lang) : role_id;
}

gboolean
_bs_report_is_team (BsReport *self)
{
  g_assert (BS_IS_REPORT (self));

  return bs_assessment_is_team (self->assessment);
}

void
_bs_report_list_team (BsReport  *self,
                      GPtrArray *entries)
{
  if (!_bs_report_is_team (self))
    return;

  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_TEAM, self->lang), 0));
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_RESPONDENTS, self->lang), 1));
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_SPREAD, self->lang), 1));
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_DISAGREEMENT, self->lang), 1));
}

/* A sub-section's heading, kept with @keep points of what follows; its
 * entry in the contents points at the page the heading lands on. */
static void
flow_subsection (BsPageFlow *f,
                 const char *title,
                 double      keep)
{
  BsFlowSection *section = _bs_page_flow_section (f, title, 1);

  _bs_page_flow_heading (f, title, SIZE_H2, BS_FLOW_COLOR_ACCENT, 18, keep);
  section->page = _bs_page_flow_page_index (f);
}

/* The respondents' table: a role's name, then a number whose right edge
 * is the table's. The flow places a cell by its left edge. */
#define COUNT_TABLE_WIDTH(f) MIN ((f)->width, 320.0)

static void
flow_count_row (BsPageFlow *f,
                const char *label,
                const char *number,
                BsTextStyle style,
                gboolean    shaded)
{
  PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
  double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 4, 0 };
  double table_w = COUNT_TABLE_WIDTH (f);
  double number_w;
  gboolean cut;

  cells[1] = _bs_page_flow_layout (f, number, SIZE_BODY, style, 0);
  _bs_render_layout_size (cells[1], &number_w, NULL);
  cell_x[1] = table_w - 4 - number_w;
  /* The name wraps beside the number; a row cannot break over pages, so
   * a name longer than a few lines follows in full under it. */
  cells[0] = _bs_page_flow_cell (f, label, SIZE_BODY, style, MAX (cell_x[1] - 16, 40), 4, &cut);
  _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 8);
  /* A row is as wide as the body; this table is narrower, and so is the
   * shading of its header. */
  {
    double body_w = f->width;

    f->width = table_w;
    _bs_page_flow_row (f, cells, cell_x, shaded, 3);
    f->width = body_w;
  }
  if (cut)
    {
      f->y += 2;
      _bs_page_flow_user_text (f, NULL, label, SIZE_SMALL, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 4);
      f->y += 4;
    }
}

/* Per role: "Teacher (5): Mirjam Kok, Dennis Brouwer, …", only when the
 * coordinator chose to print names. */
static void
flow_names (BsReport   *self,
            BsPageFlow *f,
            TeamData   *team)
{
  GListModel *respondents = bs_team_get_respondents (bs_assessment_get_team (self->assessment));

  _bs_page_flow_heading (f, _bs_report_string (BS_STR_NAMES, self->lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 12,
                         2 * SIZE_BODY * 1.3);
  for (guint i = 0; i < team->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (team->roles, i);
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *label = NULL;

      for (guint j = 0; j < g_list_model_get_n_items (respondents); j++)
        {
          g_autoptr(BsRespondent) r = g_list_model_get_item (respondents, j);

          if (g_strcmp0 (bs_respondent_get_role (r), bs_role_get_id (role)) != 0)
            continue;
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, _bs_render_is_blank (bs_respondent_get_name (r)) ? "–" : bs_respondent_get_name (r));
        }
      label = g_markup_printf_escaped ("<b>%s:</b> ", bs_role_get_name_text (role, self->lang));
      f->y += 2;
      _bs_page_flow_user_text (f, label, names->str, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
    }
}

static void
flow_respondents (BsReport   *self,
                  BsPageFlow *f,
                  TeamData   *team)
{
  const char *lang = self->lang;
  guint total = bs_team_stats_get_n_respondents (team->stats, NULL);
  g_autofree char *summary = _bs_report_format_respondents (total, team->roles->len, lang);

  flow_subsection (f, _bs_report_string (BS_STR_RESPONDENTS, lang), 80);
  _bs_page_flow_text (f, summary, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
  f->y += 6;

  /* Not the header alone at the foot of a page. */
  _bs_page_flow_ensure (f, 4 * SIZE_BODY * 2);
  flow_count_row (f, _bs_report_string (BS_STR_ROLE, lang), _bs_report_string (BS_STR_RESPONDENTS, lang),
                  BS_TEXT_BOLD, TRUE);
  for (guint i = 0; i < team->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (team->roles, i);
      g_autofree char *count = g_strdup_printf ("%u", bs_team_stats_get_n_respondents (team->stats,
                                                                                       bs_role_get_id (role)));

      flow_count_row (f, bs_role_get_name_text (role, lang), count, BS_TEXT_NORMAL, FALSE);
    }
  {
    g_autofree char *count = g_strdup_printf ("%u", total);

    flow_count_row (f, _bs_report_string (BS_STR_TOTAL, lang), count, BS_TEXT_BOLD, FALSE);
  }

  if (self->options.respondent_names)
    flow_names (self, f, team);
}

/* What a level's spread table is drawn from: the pages outlive the
 * section's own statistics. */
typedef struct
{
  BsTeamStats *stats;
  const char  *level_id;    /* interned */
  const char  *lang;        /* the report's, which outlives its pages */
} SpreadChart;

static void
spread_chart_free (gpointer data)
{
  SpreadChart *chart = data;

  bs_team_stats_free (chart->stats);
  g_free (chart);
}

static void
draw_spread_cb (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  data)
{
  SpreadChart *chart = data;

  bs_spread_table_draw (cr, width, chart->stats, chart->level_id, chart->lang, NULL);
}

static GArray *
spread_breaks_cb (double   width,
                  gpointer data)
{
  SpreadChart *chart = data;

  return bs_spread_table_row_bottoms (width, chart->stats, chart->level_id, chart->lang);
}

static void
flow_spread (BsReport   *self,
             BsPageFlow *f)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (self->assessment));
  const char *lang = self->lang;
  guint n_included = 0;

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);

      n_included += bs_assessment_includes_level (self->assessment, bs_level_get_id (level)) ? 1 : 0;
    }

  flow_subsection (f, _bs_report_string (BS_STR_SPREAD, lang), 80);
  _bs_page_flow_text (f, _bs_report_string (BS_STR_SPREAD_KEY, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *level_id = bs_level_get_id (level);
      SpreadChart *chart;
      double height;

      if (!bs_assessment_includes_level (self->assessment, level_id))
        continue;

      chart = g_new0 (SpreadChart, 1);
      chart->stats = bs_team_stats_new_for_level (self->assessment, level_id);
      chart->level_id = g_intern_string (level_id);
      chart->lang = self->lang;
      height = bs_spread_table_measure (f->width, chart->stats, level_id, lang);

      f->y += 8;
      /* The level's name says which table is which, when there are several. */
      if (n_included > 1)
        _bs_page_flow_heading (f, bs_level_get_title_text (level, lang), SIZE_H3, BS_FLOW_COLOR_TEXT, 4,
                               MIN (height, 60));
      _bs_page_flow_table (f, height, draw_spread_cb, spread_breaks_cb, chart, spread_chart_free);
    }
}

/* A statement's distribution chart, with everything it points to. */
typedef struct
{
  BsDistribution      d;
  GPtrArray          *strings;       /* owns the labels */
  GArray             *marks;
  const char        **stage_labels;
  const char        **role_labels;
} DistributionChart;

static void
distribution_chart_free (gpointer data)
{
  DistributionChart *chart = data;

  g_ptr_array_unref (chart->strings);
  g_array_unref (chart->marks);
  g_free (chart->stage_labels);
  g_free (chart->role_labels);
  g_free (chart);
}

static void
draw_distribution_cb (cairo_t  *cr,
                      double    width,
                      double    height,
                      gpointer  data)
{
  DistributionChart *chart = data;

  cairo_translate (cr, CHART_INDENT, 0);
  bs_distribution_draw (cr, width - CHART_INDENT, &chart->d);
}

static DistributionChart *
distribution_chart_new (BsReport    *self,
                        TeamData    *team,
                        BsStatement *statement)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  BsTeam *t = bs_assessment_get_team (self->assessment);
  GListModel *respondents = bs_team_get_respondents (t);
  const char *id = bs_statement_get_id (statement);
  const BsTeamStat *stat = bs_team_stats_statement (team->stats, id, NULL);
  BsAgreedAnswer *agreed = bs_team_lookup_agreed (t, id);
  DistributionChart *chart = g_new0 (DistributionChart, 1);
  guint n_stages = bs_framework_get_n_stages (framework);

  chart->strings = g_ptr_array_new_with_free_func (g_free);
  chart->marks = g_array_new (FALSE, FALSE, sizeof (BsDistributionMark));
  chart->stage_labels = g_new0 (const char *, n_stages + 1);
  chart->role_labels = g_new0 (const char *, team->roles->len + 1);

  for (guint k = 1; k <= n_stages; k++)
    {
      BsStage *stage = bs_framework_get_stage (framework, k);

      chart->stage_labels[k - 1] = stage != NULL ? bs_stage_get_name_text (stage, self->lang) : "";
    }
  for (guint i = 0; i < team->roles->len; i++)
    chart->role_labels[i] = bs_role_get_name_text (g_ptr_array_index (team->roles, i), self->lang);

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) r = g_list_model_get_item (respondents, i);
      BsDistributionMark mark = { bs_respondent_get_value (r, id), role_index (team, bs_respondent_get_role (r)) };

      if (mark.value != BS_VALUE_NONE && mark.role < team->roles->len)
        g_array_append_val (chart->marks, mark);
    }

  chart->d.n_stages = n_stages;
  chart->d.stage_labels = chart->stage_labels;
  chart->d.n_roles = team->roles->len;
  chart->d.role_labels = chart->role_labels;
  chart->d.n_marks = chart->marks->len;
  chart->d.marks = (const BsDistributionMark *) (gpointer) chart->marks->data;
  chart->d.na_label = _bs_report_string (BS_STR_NOT_APPLICABLE, self->lang);
  chart->d.unknown_label = _bs_report_string (BS_STR_UNKNOWN, self->lang);
  chart->d.mean_label = _bs_report_string (BS_STR_RESPONDENTS_MEAN, self->lang);
  chart->d.agreed = agreed != NULL && bs_agreed_answer_is_set (agreed) ? bs_agreed_answer_get_value (agreed)
                                                                        : BS_VALUE_NONE;
  chart->d.mean = stat != NULL && stat->n > 0 ? stat->mean : NAN;
  chart->d.font_scale = CHART_SCALE;
  chart->d.palette = NULL;

  return chart;
}

/* "Teacher 2,8 · Student 1,5 · …": do the roles see it differently? */
static char *
role_means_markup (BsReport    *self,
                   TeamData    *team,
                   const char  *statement_id)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *label = g_markup_printf_escaped ("<b>%s:</b> ", _bs_report_string (BS_STR_ROLE_MEANS, self->lang));

  g_string_append (text, label);
  for (guint i = 0; i < team->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (team->roles, i);
      const BsTeamStat *stat = bs_team_stats_statement (team->stats, statement_id, bs_role_get_id (role));
      g_autofree char *mean = stat != NULL && stat->n > 0 ? _bs_report_format_score (stat->mean, self->lang)
                                                          : g_strdup ("–");
      g_autofree char *part = g_markup_printf_escaped ("%s%s\u00A0%s", i > 0 ? " · " : "",
                                                       bs_role_get_name_text (role, self->lang), mean);

      g_string_append (text, part);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The respondents' notes on a statement: their role, and their name only
 * when the coordinator chose to print names. */
static void
flow_respondent_notes (BsReport    *self,
                       BsPageFlow  *f,
                       const char  *statement_id,
                       double       indent)
{
  GListModel *respondents = bs_team_get_respondents (bs_assessment_get_team (self->assessment));
  gboolean heading = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) r = g_list_model_get_item (respondents, i);
      BsAnswer *answer = bs_respondent_lookup_answer (r, statement_id);
      const char *role = role_name (self, bs_respondent_get_role (r));
      g_autofree char *label = NULL;

      if (answer == NULL || _bs_render_is_blank (bs_answer_get_note (answer)))
        continue;
      if (!heading)
        {
          g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>",
                                                            _bs_report_string (BS_STR_RESPONDENT_NOTES, self->lang));

          /* With the first note's first lines. */
          f->y += 4;
          _bs_page_flow_ensure (f, 3 * SIZE_BODY * 1.3);
          _bs_page_flow_text (f, title, SIZE_BODY, BS_TEXT_MARKUP, BS_FLOW_COLOR_TEXT, indent);
          heading = TRUE;
        }
      if (self->options.respondent_names && !_bs_render_is_blank (bs_respondent_get_name (r)))
        label = g_markup_printf_escaped ("<i>%s (%s):</i> ", bs_respondent_get_name (r), role);
      else
        label = g_markup_printf_escaped ("<i>%s:</i> ", role);
      f->y += 2;
      _bs_page_flow_user_text (f, label, bs_answer_get_note (answer), SIZE_BODY, BS_TEXT_NORMAL,
                               BS_FLOW_COLOR_TEXT, indent);
    }
}

/* A statement's chart at a size that fits on a page, drawn smaller for a
 * large team; %NULL when even the smallest would not fit, and then
 * flow_counts() says it in numbers. */
static DistributionChart *
fitted_distribution (BsReport    *self,
                     BsPageFlow  *f,
                     TeamData    *team,
                     BsStatement *statement,
                     double      *height)
{
  DistributionChart *chart = distribution_chart_new (self, team, statement);
  double max_height = MAX_CHART_SHARE * (f->bottom - f->top);
  double width = f->width - CHART_INDENT;

  *height = bs_distribution_get_height (&chart->d, width);
  while (*height > max_height && chart->d.font_scale > MIN_CHART_SCALE + 0.01)
    {
      chart->d.font_scale -= 0.1;
      *height = bs_distribution_get_height (&chart->d, width);
    }
  if (*height > f->bottom - f->top)
    {
      g_clear_pointer (&chart, distribution_chart_free);
      *height = 0;
    }

  return chart;
}

/* "1 – 120 · 2 – 80 · …": how many chose each answer. */
static void
flow_counts (BsReport    *self,
             BsPageFlow  *f,
             TeamData    *team,
             BsStatement *statement)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *id = bs_statement_get_id (statement);
  g_autoptr(GString) counts = g_string_new (NULL);

  for (guint k = 1; k <= bs_framework_get_n_stages (framework); k++)
    g_string_append_printf (counts, "%s%u\u00A0–\u00A0%u", k > 1 ? " · " : "", k,
                            bs_team_stats_count (team->stats, id, NULL, (int) k));
  g_string_append_printf (counts, " · %s\u00A0–\u00A0%u", _bs_report_string (BS_STR_NOT_APPLICABLE, self->lang),
                          bs_team_stats_count (team->stats, id, NULL, BS_VALUE_NOT_APPLICABLE));
  g_string_append_printf (counts, " · %s\u00A0–\u00A0%u", _bs_report_string (BS_STR_UNKNOWN, self->lang),
                          bs_team_stats_count (team->stats, id, NULL, BS_VALUE_UNKNOWN));
  _bs_page_flow_text (f, counts->str, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, CHART_INDENT);
}

static void
flow_disagreement (BsReport    *self,
                   BsPageFlow  *f,
                   TeamData    *team,
                   BsStatement *statement,
                   guint        number)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;
  const char *id = bs_statement_get_id (statement);
  const BsTeamStat *stat = bs_team_stats_statement (team->stats, id, NULL);
  BsLevel *level = bs_framework_lookup_level (framework, bs_statement_get_level_id (statement));
  BsDimension *dimension = bs_framework_lookup_dimension (framework, bs_statement_get_level_id (statement),
                                                          bs_statement_get_dimension_id (statement));
  g_autofree char *heading = g_strdup_printf ("%u. %s", number, bs_statement_get_text_text (statement, lang));
  g_autofree char *where = g_strdup_printf ("%s · %s", level != NULL ? bs_level_get_title_text (level, lang) : "",
                                            dimension != NULL ? bs_dimension_get_title_text (dimension, lang) : "");
  g_autofree char *mean = _bs_report_format_score (stat->mean, lang);
  g_autofree char *sd = _bs_report_format_score (stat->sd, lang);
  g_autofree char *spread = _bs_report_format_statement_spread (stat->n, mean, sd, (guint) stat->min,
                                                                (guint) stat->max, stat->n_not_applicable,
                                                                stat->n_unknown, lang);
  g_autofree char *role_means = role_means_markup (self, team, id);
  const double indent = CHART_INDENT;
  double chart_h;
  DistributionChart *chart = fitted_distribution (self, f, team, statement, &chart_h);

  /* The heading, its lines and the chart stay together on a page (the
   * lines under the heading: about four, as a long list of roles wraps). */
  _bs_page_flow_space (f, 16);
  _bs_page_flow_block (f, heading, SIZE_BODY, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT,
                       4 * SIZE_SMALL * 1.4 + 8 + (chart != NULL ? chart_h : 2 * SIZE_BODY * 1.3));
  f->y += 1;
  _bs_page_flow_text (f, where, SIZE_SMALL, BS_TEXT_NORMAL, BS_FLOW_COLOR_ACCENT, indent);
  _bs_page_flow_text (f, spread, SIZE_SMALL, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, indent);
  _bs_page_flow_text (f, role_means, SIZE_SMALL, BS_TEXT_MARKUP, BS_FLOW_COLOR_MUTED, indent);
  f->y += 6;
  if (chart != NULL)
    {
      _bs_page_flow_ensure (f, chart_h);
      _bs_page_flow_picture (f, chart_h, draw_distribution_cb, chart, distribution_chart_free);
    }
  else
    flow_counts (self, f, team, statement);
  f->y += 4;
  _bs_report_flow_agreed (self, f, id, TRUE, indent);
  flow_respondent_notes (self, f, id, indent);
}

static void
flow_disagreements (BsReport   *self,
                    BsPageFlow *f,
                    TeamData   *team)
{
  g_autoptr(GPtrArray) sorted = bs_team_stats_by_disagreement (team->stats, NULL);
  g_autofree char *threshold = _bs_report_format_score (bs_team_stats_get_threshold (team->stats), self->lang);
  g_autofree char *intro = NULL;
  guint n_flagged = 0, n_shown;

  for (guint i = 0; i < sorted->len; i++)
    {
      const BsTeamStat *stat = bs_team_stats_statement (team->stats,
                                                        bs_statement_get_id (g_ptr_array_index (sorted, i)), NULL);

      if (stat != NULL && stat->disagreement)
        n_flagged++;
    }
  n_shown = MIN (n_flagged, MAX_DISAGREEMENTS);

  flow_subsection (f, _bs_report_string (BS_STR_DISAGREEMENT, self->lang), 80);
  intro = _bs_report_format_disagreement_intro (threshold, n_flagged, n_shown, self->lang);
  _bs_page_flow_text (f, intro, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 0);

  /* Sorted largest first, so the flagged ones lead. */
  for (guint i = 0, shown = 0; i < sorted->len && shown < n_shown; i++)
    {
      BsStatement *statement = g_ptr_array_index (sorted, i);
      const BsTeamStat *stat = bs_team_stats_statement (team->stats, bs_statement_get_id (statement), NULL);

      if (stat == NULL || !stat->disagreement)
        continue;
      flow_disagreement (self, f, team, statement, ++shown);
    }
}

void
_bs_report_build_team (BsReport   *self,
                       BsPageFlow *f)
{
  g_auto(TeamData) team = { NULL };

  if (!_bs_report_is_team (self))
    return;

  team_data_init (self, &team);

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_TEAM, self->lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_TEAM, self->lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);

  flow_respondents (self, f, &team);
  flow_spread (self, f);
  flow_disagreements (self, f, &team);
}
