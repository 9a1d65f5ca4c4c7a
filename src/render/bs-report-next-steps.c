/* bs-report-next-steps.c: the report's "Next steps": the statements furthest below their target, each with the framework's next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include "bs-report-private.h"

/* Enough to plan a year's work on; the action plan holds the decisions. */
#define MAX_NEXT_STEPS 10

/* Statements with a target and a next step from where they are, largest
 * gap first (bs_pathway_largest_gaps()). Without targets, or with a
 * framework that gives no next steps (1.0), the report has no such
 * section and is as it was. */
static GPtrArray *
next_steps (BsReport *self)
{
  return bs_pathway_largest_gaps (self->assessment, MAX_NEXT_STEPS);
}

void
_bs_report_list_next_steps (BsReport  *self,
                            GPtrArray *entries)
{
  g_autoptr(GPtrArray) steps = next_steps (self);

  if (steps->len > 0)
    g_ptr_array_add (entries, _bs_flow_section_new (_bs_report_string (BS_STR_NEXT_STEPS, self->lang), 0));
}

/* "Flexibility · Course level · score 2 → target 4 (gap 2)" */
static char *
context_line (BsReport            *self,
              const BsPathwayStep *step)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *level_id = bs_statement_get_level_id (step->statement);
  BsLevel *level = bs_framework_lookup_level (framework, level_id);
  BsDimension *dimension = bs_framework_lookup_dimension (framework, level_id,
                                                          bs_statement_get_dimension_id (step->statement));
  g_autofree char *gap = _bs_report_format_gap (step->score, step->target, step->gap, self->lang);

  return g_strdup_printf ("%s · %s · %s", dimension != NULL ? bs_dimension_get_title_text (dimension, self->lang) : "",
                          level != NULL ? bs_level_get_title_text (level, self->lang) : "", gap);
}

void
_bs_report_build_next_steps (BsReport   *self,
                             BsPageFlow *f)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = self->lang;
  g_autoptr(GPtrArray) steps = next_steps (self);

  if (steps->len == 0)
    return;

  _bs_page_flow_new_page (f);
  _bs_page_flow_section (f, _bs_report_string (BS_STR_NEXT_STEPS, lang), 0);
  _bs_page_flow_heading (f, _bs_report_string (BS_STR_NEXT_STEPS, lang), SIZE_H1, BS_FLOW_COLOR_TEXT, 0, 0);
  _bs_page_flow_text (f, _bs_report_string (BS_STR_NEXT_STEPS_INTRO, lang), SIZE_BODY, BS_TEXT_NORMAL,
                      BS_FLOW_COLOR_MUTED, 0);

  for (guint i = 0; i < steps->len; i++)
    {
      const BsPathwayStep *step = g_ptr_array_index (steps, i);
      BsStage *to = bs_framework_get_stage (framework, step->from + 1);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, bs_statement_get_text_text (step->statement, lang));
      g_autofree char *context = context_line (self, step);
      g_autofree char *label = _bs_report_format_next_step_label (step->from + 1,
                                                                  to != NULL ? bs_stage_get_name_text (to, lang) : NULL,
                                                                  lang);
      g_autofree char *label_markup = g_markup_printf_escaped ("<b>%s:</b> ", label);

      _bs_page_flow_space (f, 12);
      /* The statement stays with its context and the first lines of its step. */
      _bs_page_flow_block (f, title, SIZE_BODY, BS_TEXT_BOLD, BS_FLOW_COLOR_TEXT, 4 * SIZE_BODY * 1.3);
      _bs_page_flow_text (f, context, SIZE_SMALL, BS_TEXT_NORMAL, BS_FLOW_COLOR_MUTED, 0);
      f->y += 3;
      _bs_page_flow_user_text (f, label_markup, bs_statement_get_next_step (step->statement, step->from, lang),
                               SIZE_BODY, BS_TEXT_NORMAL, BS_FLOW_COLOR_TEXT, 0);
    }
}
