/* bs-review-statement.c: one statement in the review meeting: the team's answers, notes and agreed answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "bs-binding.h"
#include "bs-display.h"
#include "bs-review-layout.h"
#include "bs-review-statement.h"
#include "bs-text-field.h"

/* One page serves every statement of the meeting: stepping sets the next
 * statement on it instead of building a page, so that the next frame
 * comes within 16 ms with a thousand respondents. The notes are one text
 * view for the same reason: it lays out what is in sight first, where
 * a row per note (GtkListView makes up to 200 of them) cost more than a
 * frame. */

struct _BsReviewStatement
{
  GtkWidget        parent_instance;

  BsAssessment    *assessment;
  BsStatement     *statement;
  BsAgreedAnswer  *agreed;
  GPtrArray       *stage_buttons;   /* GtkToggleButton, stage 1 first */
  GtkWidget       *distribution;
  guint            updating : 1;

  GtkWidget       *header;
  GtkLabel        *position_label;
  GtkLabel        *text_label;
  GtkWidget       *disagreement_box;
  GtkLabel        *stats_label;
  GtkWidget       *main_scroller;
  GtkWidget       *main_box;
  GtkWidget       *chart_heading;
  GtkFlowBox      *stages_flow;
  GtkToggleButton *na_button;
  GtkWidget       *clear_button;
  GtkLabel        *agreed_label;
  GtkTextView     *rationale_view;
  GtkTextView     *dissent_view;
  GtkWidget       *notes_box;
  GtkLabel        *notes_heading;
  GtkWidget       *notes_empty;
  GtkWidget       *notes_scroller;
  GtkTextView     *notes_view;
  /* the last statement's notes, in order */
  GPtrArray       *notes;
};

G_DEFINE_FINAL_TYPE (BsReviewStatement, bs_review_statement, GTK_TYPE_WIDGET)

static int
button_value (BsReviewStatement *self,
              GtkToggleButton   *button)
{
  guint index;

  if (button == self->na_button)
    return BS_VALUE_NOT_APPLICABLE;
  if (g_ptr_array_find (self->stage_buttons, button, &index))
    return (int) index + 1;

  g_assert_not_reached ();
}

static void
update_agreed (BsReviewStatement *self)
{
  int value = self->agreed != NULL ? bs_agreed_answer_get_value (self->agreed) : BS_VALUE_NONE;
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  g_autofree char *text = NULL;

  g_assert (BS_IS_REVIEW_STATEMENT (self));

  self->updating = TRUE;
  for (guint i = 0; i < self->stage_buttons->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->stage_buttons, i), value == (int) i + 1);
  gtk_toggle_button_set_active (self->na_button, value == BS_VALUE_NOT_APPLICABLE);
  self->updating = FALSE;
  gtk_widget_set_sensitive (self->clear_button, value != BS_VALUE_NONE);

  if (value == BS_VALUE_NOT_APPLICABLE)
    text = g_strdup (_("Agreed: not applicable. The statement does not count towards the score."));
  else if (value > 0)
    {
      BsStage *stage = bs_framework_get_stage (framework, value);

      /* Translators: e.g. "Agreed: stage 3, Embedded. The score uses it." */
      text = g_strdup_printf (_("Agreed: stage %d, %s. The score uses it."), value,
                              stage != NULL ? bs_stage_get_name_text (stage, bs_default_language ()) : "");
    }
  else
    {
      BsStatementScore score;

      bs_score_statement (self->assessment, bs_statement_get_id (self->statement), &score);
      if (score.source == BS_SCORE_SOURCE_RESPONDENTS && score.has_score)
        {
          g_autofree char *mean = bs_display_decimal (score.score, 1);

          /* Translators: e.g. "Nothing agreed yet: the score uses the
           * respondents' mean, 2.4." */
          text = g_strdup_printf (_("Nothing agreed yet: the score uses the respondents’ mean, %s."), mean);
        }
      else
        text = g_strdup (_("Nothing agreed yet."));
    }

  gtk_label_set_label (self->agreed_label, text);
}

static void
stage_toggled_cb (BsReviewStatement *self,
                  GtkToggleButton   *button)
{
  int value = button_value (self, button);

  if (self->updating || self->statement == NULL)
    return;

  if (gtk_toggle_button_get_active (button))
    bs_team_set_agreed_value (bs_assessment_get_team (self->assessment), bs_statement_get_id (self->statement), value);
  else if (bs_agreed_answer_get_value (self->agreed) == value)
    /* the chosen stage pressed again: nothing agreed */
    bs_team_set_agreed_value (bs_assessment_get_team (self->assessment), bs_statement_get_id (self->statement),
                              BS_VALUE_NONE);
}

/* A fresh buffer per statement: the old one, and its binding, go with it. */
static void
bind_text (GtkTextView *view,
           gpointer     object,
           const char  *property)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);

  gtk_text_view_set_buffer (view, buffer);
  bs_binding_text_buffer (buffer, object, property);
}

/* The notes in one text, inserted at once and its names made bold after:
 * a thousand respondents' notes inserted piece by piece cost 2 ms more of
 * each step. Respondents without a note cost one look-up. */
static void
fill_notes (BsReviewStatement *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  GListModel *respondents = bs_team_get_respondents (bs_assessment_get_team (self->assessment));
  const char *id = bs_statement_get_id (self->statement);
  const char *lang = bs_default_language ();
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  GtkTextTag *who = gtk_text_buffer_create_tag (buffer, NULL, "weight", PANGO_WEIGHT_BOLD, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  /* the names' start and end, in characters */
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *heading = NULL;
  GtkTextIter start, end;
  int chars = 0;

  g_ptr_array_set_size (self->notes, 0);
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, i);
      BsAnswer *answer = bs_respondent_lookup_answer (respondent, id);
      const char *note = answer != NULL ? bs_answer_get_note (answer) : NULL;
      BsRole *role;
      const char *role_name, *name;
      g_autofree char *label = NULL;

      if (note == NULL || note[0] == '\0')
        continue;

      role = bs_framework_lookup_role (framework, bs_respondent_get_role (respondent));
      role_name = role != NULL ? bs_role_get_name_text (role, lang) : bs_respondent_get_role (respondent);
      name = bs_respondent_get_name (respondent);
      /* The name as the file has it; a questionnaire handed out without
       * names leaves only the role. */
      if (name != NULL && name[0] != '\0')
        label = g_strdup_printf ("%s · %s", role_name, name);
      else
        label = g_strdup (role_name);

      if (self->notes->len > 0)
        {
          g_string_append (text, "\n\n");
          chars += 2;
        }
      g_array_append_val (names, chars);
      g_string_append (text, label);
      chars += (int) g_utf8_strlen (label, -1);
      g_array_append_val (names, chars);
      g_string_append_c (text, '\n');
      g_string_append (text, note);
      chars += 1 + (int) g_utf8_strlen (note, -1);
      g_ptr_array_add (self->notes, g_strdup_printf ("%s\n%s", label, note));
    }

  gtk_text_buffer_set_text (buffer, text->str, (int) text->len);
  for (guint i = 0; i + 1 < names->len; i += 2)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &start, g_array_index (names, int, i));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, g_array_index (names, int, i + 1));
      gtk_text_buffer_apply_tag (buffer, who, &start, &end);
    }

  gtk_text_view_set_buffer (self->notes_view, buffer);
  gtk_widget_set_visible (self->notes_empty, self->notes->len == 0);
  gtk_widget_set_visible (self->notes_scroller, self->notes->len > 0);

  /* Translators: the heading over the respondents' notes, with their number */
  heading = g_strdup_printf (_("Respondents’ Notes (%u)"), self->notes->len);
  gtk_label_set_label (self->notes_heading, heading);
}

static void
make_stage_buttons (BsReviewStatement *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = bs_default_language ();

  for (guint i = 1; i <= bs_framework_get_n_stages (framework); i++)
    {
      BsStage *stage = bs_framework_get_stage (framework, i);
      g_autofree char *label_text = bs_display_stage_label (i, bs_stage_get_name_text (stage, lang));
      /* Translators: an agreed-stage button's name for a screen reader */
      g_autofree char *name = g_strdup_printf (_("Agreed Stage %u: %s"), i, bs_stage_get_name_text (stage, lang));
      g_autofree char *tip = g_strdup_printf ("%s (%u)", bs_stage_get_meaning_text (stage, lang), i);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *label = gtk_label_new (label_text);
      GtkWidget *child;

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_add_css_class (button, "stage-button");
      g_signal_connect_object (button, "toggled", G_CALLBACK (stage_toggled_cb), self, G_CONNECT_SWAPPED);

      gtk_flow_box_append (self->stages_flow, button);
      /* The button takes the focus, not the flow box's cell around it. */
      child = gtk_widget_get_parent (button);
      gtk_widget_set_focusable (child, FALSE);
      g_ptr_array_add (self->stage_buttons, button);
    }

  g_signal_connect_object (self->na_button, "toggled", G_CALLBACK (stage_toggled_cb), self, G_CONNECT_SWAPPED);
}

static void
bs_review_statement_dispose (GObject *object)
{
  BsReviewStatement *self = (BsReviewStatement *) object;

  if (self->agreed != NULL)
    g_signal_handlers_disconnect_by_data (self->agreed, self);
  g_clear_object (&self->agreed);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_REVIEW_STATEMENT);
  g_clear_object (&self->statement);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_review_statement_parent_class)->dispose (object);
}

static void
bs_review_statement_finalize (GObject *object)
{
  BsReviewStatement *self = (BsReviewStatement *) object;

  g_ptr_array_unref (self->stage_buttons);
  g_ptr_array_unref (self->notes);

  G_OBJECT_CLASS (bs_review_statement_parent_class)->finalize (object);
}

static void
bs_review_statement_class_init (BsReviewStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_review_statement_dispose;
  object_class->finalize = bs_review_statement_finalize;

  g_type_ensure (BS_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-review-statement.ui");
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, header);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, position_label);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, text_label);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, disagreement_box);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, stats_label);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, main_scroller);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, main_box);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, chart_heading);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, stages_flow);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, na_button);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, clear_button);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, agreed_label);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, dissent_view);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, notes_box);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, notes_heading);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, notes_empty);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, notes_scroller);
  gtk_widget_class_bind_template_child (widget_class, BsReviewStatement, notes_view);

  gtk_widget_class_set_layout_manager_type (widget_class, BS_TYPE_REVIEW_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewstatement");
}

static void
bs_review_statement_init (BsReviewStatement *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->stage_buttons = g_ptr_array_new ();
  self->notes = g_ptr_array_new_with_free_func (g_free);

  /* The fields are described by what they are for, and by the statement. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->rationale_view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->dissent_view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL, -1);
}

/**
 * bs_review_statement_new:
 *
 * Returns: (transfer floating): the statement page of @assessment's
 *   meeting, empty until bs_review_statement_show()
 */
GtkWidget *
bs_review_statement_new (BsAssessment *assessment)
{
  BsReviewStatement *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (BS_TYPE_REVIEW_STATEMENT, NULL);
  self->assessment = g_object_ref (assessment);
  self->distribution = bs_distribution_view_new (assessment);
  gtk_box_insert_child_after (GTK_BOX (self->main_box), self->distribution, self->chart_heading);
  make_stage_buttons (self);

  return GTK_WIDGET (self);
}

/**
 * bs_review_statement_show:
 * @step: a statement step of @steps
 *
 * Shows that statement: its text, the respondents' answers and notes, and
 * the team's agreed answer, to edit.
 */
void
bs_review_statement_show (BsReviewStatement   *self,
                          const BsReviewSteps *steps,
                          guint                step)
{
  BsStatement *statement;
  BsDimension *dimension;
  const BsTeamStat *stat;
  g_autofree char *position = NULL;
  g_autofree char *stats = NULL;
  const char *lang = bs_default_language ();
  guint number, n;

  g_return_if_fail (BS_IS_REVIEW_STATEMENT (self));
  g_return_if_fail (steps != NULL);

  statement = bs_review_steps_get_statement (steps, step);
  g_return_if_fail (statement != NULL);

  g_set_object (&self->statement, statement);
  dimension = bs_framework_lookup_dimension (bs_assessment_get_framework (self->assessment),
                                             bs_statement_get_level_id (statement),
                                             bs_statement_get_dimension_id (statement));

  number = bs_review_steps_get_position (steps, step, &n);
  /* Translators: over a statement in the review meeting: its place in
   * the order of disagreement, then its dimension; e.g. "Statement 3 of
   * 16 · Flexibility" */
  position = g_strdup_printf (_("Statement %u of %u · %s"), number, n,
                              dimension != NULL ? bs_dimension_get_title_text (dimension, lang) : "");
  gtk_label_set_label (self->position_label, position);
  gtk_label_set_label (self->text_label, bs_statement_get_text_text (statement, lang));

  stat = bs_team_stats_statement (bs_review_steps_get_stats (steps), bs_statement_get_id (statement), NULL);
  gtk_widget_set_visible (self->disagreement_box, stat != NULL && stat->disagreement);
  stats = bs_review_steps_describe (steps, step);
  gtk_label_set_label (self->stats_label, stats);

  bs_distribution_view_set_statement_id (BS_DISTRIBUTION_VIEW (self->distribution), bs_statement_get_id (statement));

  if (self->agreed != NULL)
    g_signal_handlers_disconnect_by_data (self->agreed, self);
  g_set_object (&self->agreed, bs_team_get_agreed (bs_assessment_get_team (self->assessment),
                                                   bs_statement_get_id (statement)));
  g_signal_connect_object (self->agreed, "notify::value", G_CALLBACK (update_agreed), self, G_CONNECT_SWAPPED);
  bind_text (self->rationale_view, self->agreed, "rationale");
  bind_text (self->dissent_view, self->agreed, "dissent");
  update_agreed (self);

  fill_notes (self);

  /* A new statement starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->main_scroller)), 0);
}

/**
 * bs_review_statement_get_statement:
 *
 * Returns: (transfer none) (nullable): the statement shown
 */
BsStatement *
bs_review_statement_get_statement (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return self->statement;
}

/**
 * bs_review_statement_focus:
 *
 * Puts the focus on the agreed stage, or the first stage when none is
 * agreed, so the keys of the meeting (arrows, numbers) work at once.
 */
void
bs_review_statement_focus (BsReviewStatement *self)
{
  int value;
  GtkWidget *target = NULL;

  g_return_if_fail (BS_IS_REVIEW_STATEMENT (self));

  value = self->agreed != NULL ? bs_agreed_answer_get_value (self->agreed) : BS_VALUE_NONE;
  if (value == BS_VALUE_NOT_APPLICABLE)
    target = GTK_WIDGET (self->na_button);
  else if (value > 0 && (guint) value <= self->stage_buttons->len)
    target = g_ptr_array_index (self->stage_buttons, value - 1);
  else if (self->stage_buttons->len > 0)
    target = g_ptr_array_index (self->stage_buttons, 0);

  if (target != NULL)
    gtk_widget_grab_focus (target);
}

/**
 * bs_review_statement_get_stage_button:
 * @value: a stage, or %BS_VALUE_NOT_APPLICABLE
 *
 * Returns: (transfer none) (nullable): the button that agrees on @value
 */
GtkToggleButton *
bs_review_statement_get_stage_button (BsReviewStatement *self,
                                      int                value)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  if (value == BS_VALUE_NOT_APPLICABLE)
    return self->na_button;
  if (value >= 1 && (guint) value <= self->stage_buttons->len)
    return g_ptr_array_index (self->stage_buttons, value - 1);

  return NULL;
}

GtkWidget *
bs_review_statement_get_clear_button (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return self->clear_button;
}

GtkTextView *
bs_review_statement_get_rationale_view (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return self->rationale_view;
}

GtkTextView *
bs_review_statement_get_dissent_view (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return self->dissent_view;
}

BsDistributionView *
bs_review_statement_get_distribution (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return BS_DISTRIBUTION_VIEW (self->distribution);
}

/**
 * bs_review_statement_get_notes:
 *
 * Returns: (transfer none) (element-type utf8): the notes shown, each
 *   "role · name", a newline and the note
 */
GPtrArray *
bs_review_statement_get_notes (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return self->notes;
}

/**
 * bs_review_statement_get_notes_view:
 *
 * Returns: (transfer none): the text of the notes shown, the names bold
 */
GtkTextView *
bs_review_statement_get_notes_view (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return self->notes_view;
}

/**
 * bs_review_statement_get_agreed_text:
 *
 * Returns: what the page says of the agreed answer and the score
 */
const char *
bs_review_statement_get_agreed_text (BsReviewStatement *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_STATEMENT (self), NULL);

  return gtk_label_get_label (self->agreed_label);
}
