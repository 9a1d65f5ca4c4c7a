/* bs-report-cycle.c: the report's sections when the assessment has a baseline: change, moved statements, last cycle's actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-radar.h"
#include "bs-report-private.h"

/* What an accreditation panel asks of a second cycle: what changed since
 * the last self-assessment, which statements moved, and what became of
 * the actions the team set itself then. All of it comes from the baseline
 * the file keeps (bs_assessment_get_baseline()), so it needs the old file
 * no more than the rest of the report does. An assessment without a
 * baseline gets none of these pages, and its report is as it was. */

/* A review has time for a page of statements, not for all of them. */
#define MAX_MOVED 12

/* The radar of a level beside last cycle, smaller than the summary's. */
#define CHANGE_RADAR_HEIGHT 230.0

static BsBaseline *
report_baseline (BsReport *self)
{
  g_assert (BS_IS_REPORT (self));

  return bs_assessment_get_baseline (self->assessment);
}

/* The levels included now that the baseline has scores for. */
static GPtrArray *
compared_levels (BsReport *self)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (self->assessment));
  BsBaseline *baseline = report_baseline (self);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *id = bs_level_get_id (level);

      if (bs_assessment_includes_level (self->assessment, id) && bs_baseline_includes_level (baseline, id))
        g_ptr_array_add (result, g_steal_pointer (&level));
    }

  return result;
}

void
_bs_report_list_cycle (BsReport  *self,
                       GPtrArray *entries)
{
  g_autoptr(GPtrArray) levels = NULL;

  if (report_baseline (self) == NULL)
    return;

  levels = compared_levels (self);
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_CYCLE_CHANGE, self->lang), 0));
  for (guint i = 0; i < levels->len; i++)
    g_ptr_array_add (entries, _bs_flow_section_new (bs_level_get_title_text (g_ptr_array_index (levels, i),
                                                                             self->lang), 1));
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_MOVED_MOST, self->lang), 1));
  g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_LAST_ACTIONS, self->lang), 1));
}

/* A table row of up to five cells at the given shares of the body width;
 * a cell longer than a few lines is cut and follows in full under it. A
 * body row (@shaded unset) that starts a new page brings the header row
 * along. */
static void
flow_row (BsReport     *self,
          BsPageFlow   *f,
          const double *share,
          guint         n_cells,
          const char  **texts,
          const char  **heads,
          BsTextStyle   style,
          gboolean      shaded)
{
  PangoLayout *cells[BS_PAGE_FLOW_MAX_CELLS] = { NULL };
  double cell_x[BS_PAGE_FLOW_MAX_CELLS] = { 0 };
  gboolean cut[BS_PAGE_FLOW_MAX_CELLS] = { FALSE };
  double x = 0;

  g_assert (n_cells <= BS_PAGE_FLOW_MAX_CELLS);

  for (guint c = 0; c < n_cells; c++)
    {
      cells[c] = _bs_page_flow_cell (f, texts[c] != NULL ? texts[c] : "", SIZE_SMALL, style,
                                     f->width * share[c] - 8, 12, &cut[c]);
      cell_x[c] = x + 4;
      x += f->width * share[c];
    }
  if (!shaded && f->y + _bs_page_flow_row_height (cells) + 8 > f->bottom)
    {
      _bs_page_flow_new_page (f);
      flow_row (self, f, share, n_cells, heads, heads, BS_TEXT_BOLD, TRUE);
    }
  _bs_page_flow_ensure (f, _bs_page_flow_row_height (cells) + 8);
  _bs_page_flow_row (f, cells, cell_x, shaded, 3);
  for (guint c = 0; c < n_cells; c++)
    if (cut[c])
      {
        g_autofree char *label = g_markup_printf_escaped ("<b>%s (%s):</b> ", heads[c],
                                                          _bs_report_string (BS_STR_FULL_TEXT, self->lang));

        f->y += 2;
        _bs_page_flow_user_text (f, label, texts[c], SIZE_SMALL, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 4);
        f->y += 4;
      }
}

/* A header row, kept with the first rows under it. */
static void
flow_head_row (BsReport     *self,
               BsPageFlow   *f,
               const double *share,
               guint         n_cells,
               const char  **heads)
{
  _bs_page_flow_ensure (f, 4 * SIZE_SMALL * 2.5);
  flow_row (self, f, share, n_cells, heads, heads, BS_TEXT_BOLD, TRUE);
}

static char *
score_or_dash (double      score,
               const char *lang)
{
  return isnan (score) ? g_strdup ("–") : _bs_report_format_score2 (score, lang);
}

static char *
change_or_dash (double      then,
                double      now,
                const char *lang)
{
  return isnan (then) || isnan (now) ? g_strdup ("–") : _bs_report_format_change (now - then, lang);
}

/* What the change radar is drawn from; the report outlives its pages. */
typedef struct
{
  BsAssessment *assessment;
  const char   *lang;
  const char   *level_id;   /* interned */
} ChangeChart;

static void
draw_change_radar_cb (cairo_t  *cr,
                      double    width,
                      double    height,
                      gpointer  data)
{
  ChangeChart *chart = data;
  /* Last cycle is the baseline BsLevelScores falls back to; no target
   * here, so that the two cycles are the only lines. */
  BsRadarOptions options = { NULL, BS_RADAR_SHOW_PREVIOUS | BS_RADAR_SHOW_LEGEND, chart->lang, 0.8 };

  bs_radar_draw (cr, width, height, chart->assessment, chart->level_id, &options);
}

static void
flow_level_change (BsReport   *self,
                   BsPageFlow *f,
                   BsLevel    *level)
{
  static const double share[] = { 0.52, 0.16, 0.16, 0.16 };
  const char *lang = self->lang;
  const char *level_id = bs_level_get_id (level);
  BsBaseline *baseline = report_baseline (self);
  g_autoptr(BsLevelScores) scores = bs_level_scores_new (self->assessment, level_id, NULL);
  const char *heads[] = {
    _bs_report_string (BS_STR_DIMENSION, lang),
    _bs_report_string (BS_STR_LAST_CYCLE, lang),
    _bs_report_string (BS_STR_NOW, lang),
    _bs_report_string (BS_STR_CHANGE, lang),
  };
  double level_then = NAN;
  double level_now = bs_score_has_score (&scores->score) ? scores->score.score : NAN;
  ChangeChart *chart;

  bs_baseline_get_level_score (baseline, level_id, &level_then, NULL);

  _bs_page_flow_space (f, 14);
  /* The heading, the radar and the table on one page (a row is a line of
   * small text and its padding, unless a dimension's name wraps). */
  _bs_page_flow_ensure (f, SIZE_H2 * 2 + CHANGE_RADAR_HEIGHT + 8 + (scores->n_dimensions + 2) * (SIZE_SMALL * 1.3 + 7));
  _bs_page_flow_section (f, bs_level_get_title_text (level, lang), 1);
  _bs_page_flow_heading (f, bs_level_get_title_text (level, lang), SIZE_H2, BS_FLOW_COLOR_ACCENT, 0, 0);

  chart = g_new0 (ChangeChart, 1);
  chart->assessment = self->assessment;
  chart->lang = self->lang;
  chart->level_id = g_intern_string (level_id);
  _bs_page_flow_picture (f, CHANGE_RADAR_HEIGHT, draw_change_radar_cb, chart, g_free);
  f->y += 8;

  flow_head_row (self, f, share, G_N_ELEMENTS (share), heads);
  for (guint i = 0; i < scores->n_dimensions; i++)
    {
      BsDimensionScores *d = &scores->dimensions[i];
      double now = bs_score_has_score (&d->score) ? d->score.score : NAN;
      g_autofree char *then_text = score_or_dash (d->previous, lang);
      g_autofree char *now_text = score_or_dash (now, lang);
      g_autofree char *change = change_or_dash (d->previous, now, lang);
      const char *texts[] = { bs_dimension_get_title_text (d->dimension, lang), then_text, now_text, change };

      flow_row (self, f, share, G_N_ELEMENTS (share), texts, heads, BS_TEXT_NORMAL, FALSE);
    }
  {
    g_autofree char *then_text = score_or_dash (level_then, lang);
    g_autofree char *now_text = score_or_dash (level_now, lang);
    g_autofree char *change = change_or_dash (level_then, level_now, lang);
    const char *texts[] = { _bs_report_string (BS_STR_LEVEL_SCORE, lang), then_text, now_text, change };

    flow_row (self, f, share, G_N_ELEMENTS (share), texts, heads, BS_TEXT_BOLD, FALSE);
  }
}

/* A statement's answer as the table shows it: "3 – Established", N/A or
 * don't know, or a dash. */
static char *
value_text (BsReport *self,
            int       value)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);

  if (value == BS_VALUE_NOT_APPLICABLE)
    return g_strdup (_bs_report_string (BS_STR_NOT_APPLICABLE, self->lang));
  if (value == BS_VALUE_UNKNOWN)
    return g_strdup (_bs_report_string (BS_STR_UNKNOWN, self->lang));
  if (value >= 1)
    {
      BsStage *stage = bs_framework_get_stage (framework, (guint) value);

      if (stage != NULL)
        return g_strdup_printf ("%d – %s", value, bs_stage_get_name_text (stage, self->lang));
      return g_strdup_printf ("%d", value);
    }

  return g_strdup ("–");
}

typedef struct
{
  BsStatement *statement;   /* the framework's */
  int          then;
  int          now;
  int          movement;    /* stages up (+) or down (−); 0 when not both stages */
} Moved;

static int
compare_moved (gconstpointer a,
               gconstpointer b)
{
  const Moved *x = a;
  const Moved *y = b;
  int size = ABS (y->movement) - ABS (x->movement);

  /* Ties keep the framework's order (the sort is stable). */
  if (size != 0)
    return size;
  return (y->movement > 0) - (x->movement > 0);
}

/* Every statement of the compared levels whose answer changed, by the
 * baseline's answer and the score the statement counts with now (the
 * team's, for a team). */
static GArray *
list_moved (BsReport *self)
{
  BsBaseline *baseline = report_baseline (self);
  g_autoptr(GPtrArray) levels = compared_levels (self);
  GArray *moved = g_array_new (FALSE, FALSE, sizeof (Moved));

  for (guint l = 0; l < levels->len; l++)
    {
      GListModel *dimensions = bs_level_get_dimensions (g_ptr_array_index (levels, l));

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              const char *id = bs_statement_get_id (statement);
              BsAnswer *old = bs_baseline_lookup_answer (baseline, id);
              BsStatementScore now;
              Moved m = { statement, BS_VALUE_NONE, BS_VALUE_NONE, 0 };

              bs_score_statement (self->assessment, id, &now);
              if (old != NULL)
                m.then = bs_answer_get_value (old);
              m.now = now.value;
              if (m.then == BS_VALUE_NONE || m.now == BS_VALUE_NONE || m.then == m.now)
                continue;
              if (m.then >= 1 && m.now >= 1)
                m.movement = m.now - m.then;
              g_array_append_val (moved, m);
            }
        }
    }
  /* g_array_sort() is stable: ties stay in the framework's order. */
  g_array_sort (moved, compare_moved);

  return moved;
}

static void
flow_moved (BsReport   *self,
            BsPageFlow *f)
{
  static const double share[] = { 0.46, 0.2, 0.2, 0.14 };
  const char *lang = self->lang;
  g_autoptr(GArray) moved = list_moved (self);
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *heads[] = {
    _bs_report_string (BS_STR_STATEMENT, lang),
    _bs_report_string (BS_STR_LAST_CYCLE, lang),
    _bs_report_string (BS_STR_NOW, lang),
    _bs_report_string (BS_STR_CHANGE, lang),
  };
  BsFlowSection *section;

  _bs_page_flow_space (f, 18);
  _bs_page_flow_ensure (f, 120);
  section = _bs_page_flow_section (f, _bs_report_string (BS_STR_MOVED_MOST, lang), 1);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_MOVED_MOST, lang), SIZE_H2, BS_FLOW_COLOR_ACCENT, 0, 80);
  section->page = _bs_page_flow_page_index (f);

  if (moved->len == 0)
    {
      _bs_page_flow_text (f, _bs_report_string (BS_STR_MOVED_NONE, lang), SIZE_BODY, BS_TEXT_ITALIC,
                          BS_FLOW_COLOR_MUTED, 0);
      return;
    }
  _bs_page_flow_text (f, _bs_report_string (BS_STR_MOVED_INTRO, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);
  f->y += 6;

  flow_head_row (self, f, share, G_N_ELEMENTS (share), heads);
  for (guint i = 0; i < MIN (moved->len, MAX_MOVED); i++)
    {
      const Moved *m = &g_array_index (moved, Moved, i);
      const char *level_id = bs_statement_get_level_id (m->statement);
      BsLevel *level = bs_framework_lookup_level (framework, level_id);
      BsDimension *dimension = bs_framework_lookup_dimension (framework, level_id,
                                                              bs_statement_get_dimension_id (m->statement));
      g_autofree char *statement = g_strdup_printf ("%s\n(%s · %s)", bs_statement_get_text_text (m->statement, lang),
                                                    level != NULL ? bs_level_get_title_text (level, lang) : "",
                                                    dimension != NULL ? bs_dimension_get_title_text (dimension, lang) : "");
      g_autofree char *then = value_text (self, m->then);
      g_autofree char *now = value_text (self, m->now);
      g_autofree char *change = NULL;
      const char *texts[4];

      if (m->movement > 0)
        change = g_strdup_printf ("+%d", m->movement);
      else if (m->movement < 0)
        change = g_strdup_printf ("\u2212%d", -m->movement);
      else
        change = g_strdup ("–");
      texts[0] = statement;
      texts[1] = then;
      texts[2] = now;
      texts[3] = change;
      flow_row (self, f, share, G_N_ELEMENTS (share), texts, heads, BS_TEXT_NORMAL, FALSE);
    }
}

/* The action of this cycle that carries @old over: carried over, about
 * the same dimension, and the same description or a statement in common. */
static BsAction *
find_carried (BsReport *self,
              BsAction *old)
{
  GListModel *actions = bs_assessment_get_actions (self->assessment);
  const char * const *old_links = bs_action_get_statement_ids (old);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      gboolean shared = g_strcmp0 (bs_action_get_description (action), bs_action_get_description (old)) == 0;

      if (!bs_action_get_carried_over (action) ||
          g_strcmp0 (bs_action_get_level_id (action), bs_action_get_level_id (old)) != 0 ||
          g_strcmp0 (bs_action_get_dimension_id (action), bs_action_get_dimension_id (old)) != 0)
        continue;
      for (guint j = 0; !shared && old_links[j] != NULL; j++)
        shared = bs_action_links_statement (action, old_links[j]);
      if (shared)
        return action;
    }

  return NULL;
}

/* "up: 1.00 → 2.00", in words and numbers. */
static char *
effect_text (BsReport *self,
             BsAction *old)
{
  const char *lang = self->lang;
  double then, now;
  BsScoreMove move = bs_action_get_score_move (self->assessment, old, &then, &now);
  const char *word;
  g_autofree char *then_text = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *change = NULL;

  switch (move)
    {
    case BS_SCORE_MOVE_UP:
      word = _bs_report_string (BS_STR_MOVE_UP, lang);
      break;
    case BS_SCORE_MOVE_DOWN:
      word = _bs_report_string (BS_STR_MOVE_DOWN, lang);
      break;
    case BS_SCORE_MOVE_SAME:
      word = _bs_report_string (BS_STR_MOVE_SAME, lang);
      break;
    case BS_SCORE_MOVE_UNKNOWN:
    default:
      return g_strdup (_bs_report_string (BS_STR_MOVE_UNKNOWN, lang));
    }
  then_text = score_or_dash (then, lang);
  now_text = score_or_dash (now, lang);
  change = change_or_dash (then, now, lang);

  return g_strdup_printf ("%s: %s → %s (%s)", word, then_text, now_text, change);
}

static char *
action_where (BsReport *self,
              BsAction *action)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *level_id = bs_action_get_level_id (action);
  BsLevel *level = level_id != NULL ? bs_framework_lookup_level (framework, level_id) : NULL;
  BsDimension *dimension = NULL;

  if (level != NULL && bs_action_get_dimension_id (action) != NULL)
    dimension = bs_framework_lookup_dimension (framework, level_id, bs_action_get_dimension_id (action));
  if (dimension != NULL)
    return g_strdup_printf ("%s\n%s", bs_dimension_get_title_text (dimension, self->lang),
                            bs_level_get_title_text (level, self->lang));
  if (level != NULL)
    return g_strdup (bs_level_get_title_text (level, self->lang));

  return g_strdup ("");
}

static void
flow_last_actions (BsReport   *self,
                   BsPageFlow *f)
{
  static const double share[] = { 0.38, 0.18, 0.18, 0.26 };
  const char *lang = self->lang;
  GListModel *actions = bs_baseline_get_actions (report_baseline (self));
  const char *heads[] = {
    _bs_report_string (BS_STR_ACTION, lang),
    _bs_report_string (BS_STR_DIMENSION, lang),
    _bs_report_string (BS_STR_STATUS, lang),
    _bs_report_string (BS_STR_EFFECT, lang),
  };
  BsFlowSection *section;

  _bs_page_flow_space (f, 18);
  _bs_page_flow_ensure (f, 120);
  section = _bs_page_flow_section (f, _bs_report_string (BS_STR_LAST_ACTIONS, lang), 1);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_LAST_ACTIONS, lang), SIZE_H2, BS_FLOW_COLOR_ACCENT, 0, 80);
  section->page = _bs_page_flow_page_index (f);

  if (actions == NULL || g_list_model_get_n_items (actions) == 0)
    {
      _bs_page_flow_text (f, _bs_report_string (BS_STR_NO_LAST_ACTIONS, lang), SIZE_BODY, BS_TEXT_ITALIC,
                          BS_FLOW_COLOR_MUTED, 0);
      return;
    }
  _bs_page_flow_text (f, _bs_report_string (BS_STR_LAST_ACTIONS_INTRO, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);
  f->y += 6;

  flow_head_row (self, f, share, G_N_ELEMENTS (share), heads);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) old = g_list_model_get_item (actions, i);
      BsAction *carried = find_carried (self, old);
      g_autofree char *where = action_where (self, old);
      g_autofree char *status = NULL;
      g_autofree char *effect = effect_text (self, old);
      const char *texts[4];

      if (carried != NULL)
        status = g_strdup_printf ("%s → %s", _bs_report_status_label (bs_action_get_status (old), lang),
                                  _bs_report_status_label (bs_action_get_status (carried), lang));
      else if (bs_action_is_open (old))
        status = g_strdup_printf ("%s (%s)", _bs_report_status_label (bs_action_get_status (old), lang),
                                  _bs_report_string (BS_STR_NOT_CARRIED, lang));
      else
        status = g_strdup (_bs_report_status_label (bs_action_get_status (old), lang));

      texts[0] = bs_action_get_description (old);
      texts[1] = where;
      texts[2] = status;
      texts[3] = effect;
      flow_row (self, f, share, G_N_ELEMENTS (share), texts, heads, BS_TEXT_NORMAL, FALSE);
    }
}

void
_bs_report_build_cycle (BsReport   *self,
                        BsPageFlow *f)
{
  BsBaseline *baseline = report_baseline (self);
  const char *lang = self->lang;
  g_autoptr(GPtrArray) levels = NULL;
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  g_autofree char *compared = NULL;

  if (baseline == NULL)
    return;

  levels = compared_levels (self);
  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_CYCLE_CHANGE, lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_CYCLE_CHANGE, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);

  date = _bs_report_format_date (bs_baseline_get_date (baseline), lang);
  label = g_markup_printf_escaped ("<b>%s:</b> ", _bs_report_string (BS_STR_CYCLE_COMPARED, lang));
  compared = g_strdup_printf ("%s (%s)", _bs_render_is_blank (bs_baseline_get_title (baseline))
                                           ? "–" : bs_baseline_get_title (baseline),
                              date != NULL ? date : "–");
  _bs_page_flow_user_text (f, label, compared, SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
  f->y += 2;
  _bs_page_flow_text (f, _bs_report_string (BS_STR_CYCLE_KEY, lang), SIZE_SMALL, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);

  for (guint i = 0; i < levels->len; i++)
    flow_level_change (self, f, g_ptr_array_index (levels, i));
  flow_moved (self, f);
  flow_last_actions (self, f);
}
