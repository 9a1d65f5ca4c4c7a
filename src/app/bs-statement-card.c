/* bs-statement-card.c: one statement, its stage selector, target, note and evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <glib/gi18n.h>

#include "bs-text-limit.h"
#include "bs-binding.h"
#include "bs-carried-over-tag.h"
#include "bs-card-shadow.h"
#include "bs-display.h"
#include "bs-a11y.h"
#include "bs-statement-card-private.h"
#include "bs-text-field.h"

struct _BsStatementCard
{
  GtkWidget        parent_instance;

  BsAssessment    *assessment;
  BsStatement     *statement;
  BsAnswer        *answer;
  /* one toggle per stage, then "not applicable", then "don't know" */
  GPtrArray       *buttons;
  guint            n_stages;

  GtkWidget       *box;
  GtkLabel        *text_label;
  GtkLabel        *team_label;
  /* last cycle's answer, with a baseline */
  GtkLabel        *last_cycle_label;
  GtkBox          *stages_box;
  GtkToggleButton *na_button;
  GtkToggleButton *unknown_button;
  GtkDropDown     *target_dropdown;
  GtkStack        *descriptor_stack;
  GtkTextView     *note_view;
  GtkEntry        *evidence_entry;
  GtkWidget       *open_link_button;
  GtkWidget       *clear_button;
  GtkWidget       *next_step_box;
  GtkLabel        *next_step_heading;
  GtkStack        *next_step_stack;
  GtkWidget       *add_step_button;
  /* the links to choose from, when the evidence has several */
  GtkWidget       *links_popover;
  /* "From last cycle" over the note, while it or the evidence is marked */
  GtkWidget       *carried_over_tag;
};

G_DEFINE_FINAL_TYPE (BsStatementCard, bs_statement_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_STATEMENT,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

#define BUTTON_INDEX_KEY "bs-button-index"
#define URI_KEY "bs-uri"

static void launch_uri (GtkWidget  *widget,
                        const char *uri);

/* Replaced by the tests, so that no browser starts. */
static BsUriLaunchFunc launch_func = launch_uri;

#if GTK_CHECK_VERSION (4, 10, 0)
static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_message ("Could not open %s: %s", gtk_uri_launcher_get_uri (GTK_URI_LAUNCHER (object)), error->message);
  G_GNUC_END_IGNORE_DEPRECATIONS
}
#endif

/* The browser or mail program, for the window the card is in. */
static void
launch_uri (GtkWidget  *widget,
            const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

#if GTK_CHECK_VERSION (4, 10, 0)
  /* Newer than the API this is written for (see meson.build): the 4.8
   * call below is deprecated there. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, window, NULL, launch_done_cb, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
#endif
}

static char *
descriptor_markup (BsStatementCard *self,
                   int              value)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = bs_default_language ();

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (value >= 1 && (guint) value <= self->n_stages)
    {
      BsStage *stage = bs_framework_get_stage (framework, value);
      BsLocalized *descriptor = bs_statement_get_descriptor (self->statement, value);
      const char *description;

      if (descriptor != NULL && !bs_localized_is_empty (descriptor))
        description = bs_localized_get (descriptor, lang);
      else
        description = bs_stage_get_meaning_text (stage, lang);

      return g_markup_printf_escaped ("<b>%s</b> — %s",
                                      bs_stage_get_name_text (stage, lang),
                                      description != NULL ? description : "");
    }
  else if (value == BS_VALUE_NOT_APPLICABLE)
    return g_markup_printf_escaped ("<b>%s</b> — %s", _("Not applicable"),
                                    _("The statement does not apply here; it does not count towards the score."));
  else if (value == BS_VALUE_UNKNOWN)
    return g_markup_printf_escaped ("<b>%s</b> — %s", _("Don’t know"),
                                    _("Nobody present could tell; it does not count towards the score."));

  return g_markup_escape_text (_("Choose the stage that fits best. Point at a stage to read what it looks like."), -1);
}

/* Every text is in the stack from the start, so the stack is as tall as
 * the longest at any width (see the template). */
static void
add_descriptor (BsStatementCard *self,
                int              value)
{
  g_autofree char *markup = descriptor_markup (self, value);
  g_autofree char *name = g_strdup_printf ("%d", value);
  GtkWidget *label = gtk_label_new (NULL);

  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_stack_add_named (self->descriptor_stack, label, name);
}

static void
show_descriptor (BsStatementCard *self,
                 int              value)
{
  g_autofree char *name = NULL;

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (!(value >= 1 && (guint) value <= self->n_stages) &&
      value != BS_VALUE_NOT_APPLICABLE && value != BS_VALUE_UNKNOWN)
    value = BS_VALUE_NONE;

  name = g_strdup_printf ("%d", value);
  gtk_stack_set_visible_child_name (self->descriptor_stack, name);
}

/* What a toast says when a key changed the answer. */
static char *
value_text (BsStatementCard *self,
            int              value)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (value >= 1 && (guint) value <= self->n_stages)
    return bs_display_stage_label (value, bs_stage_get_name_text (bs_framework_get_stage (framework, value),
                                                                  bs_default_language ()));
  if (value == BS_VALUE_NOT_APPLICABLE)
    return g_strdup (_("Not applicable"));

  return g_strdup (_("Don’t know"));
}

static gboolean
is_value_button (BsStatementCard *self,
                 GtkWidget       *widget)
{
  g_assert (BS_IS_STATEMENT_CARD (self));

  return widget != NULL && g_ptr_array_find (self->buttons, widget, NULL);
}

/* The stack's pages: "top" for the highest stage, "none" for N/A and
 * "don't know", and the number of each stage that has a next step. */
static void
add_next_step_page (BsStatementCard *self,
                    const char      *name,
                    const char      *text,
                    gboolean         dim)
{
  GtkWidget *label = gtk_label_new (text);

  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_stack_add_named (self->next_step_stack, label, name);
}

/* The framework's pathway (issue: "Pathways"): every step is in the stack
 * from the start, as the rubric texts are. */
static void
build_next_steps (BsStatementCard *self)
{
  const char *lang = bs_default_language ();

  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_widget_set_visible (self->next_step_box, bs_statement_get_n_next_steps (self->statement) > 0);
  if (bs_statement_get_n_next_steps (self->statement) == 0)
    return;

  for (guint k = 1; k < self->n_stages; k++)
    {
      const char *step = bs_statement_get_next_step (self->statement, k, lang);
      g_autofree char *name = g_strdup_printf ("%u", k);

      if (step != NULL)
        add_next_step_page (self, name, step, FALSE);
    }
  add_next_step_page (self, "top", _("This is the highest stage of the scale: there is no next step."), TRUE);
  add_next_step_page (self, "none", _("An answer without a stage has no next step. Choose a stage to see it."), TRUE);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->add_step_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL,
                                  -1);
}

/* The answer the next step starts from: the file's own, or in a team
 * file what the score uses (bs-team.h): the agreed answer, else the stage
 * the respondents' mean has reached (2.6 has reached 2, so the step
 * towards 3), else the file's own. */
static int
next_step_value (BsStatementCard *self)
{
  const char *id = bs_statement_get_id (self->statement);
  BsTeam *team;
  GListModel *respondents;
  BsAgreedAnswer *agreed;
  guint scored = 0;
  double sum = 0;

  if (!bs_assessment_is_team (self->assessment))
    return bs_answer_get_value (self->answer);

  team = bs_assessment_get_team (self->assessment);
  agreed = bs_team_lookup_agreed (team, id);
  if (agreed != NULL && bs_agreed_answer_get_value (agreed) != BS_VALUE_NONE)
    return bs_agreed_answer_get_value (agreed);

  respondents = bs_team_get_respondents (team);
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, i);
      int value = bs_respondent_get_value (respondent, id);

      if (value > 0)
        {
          scored++;
          sum += value;
        }
    }

  return scored > 0 ? (int) floor (sum / scored) : bs_answer_get_value (self->answer);
}

/* Follows the answer: the step up from the chosen stage (from the first
 * while none is chosen). */
static void
update_next_step (BsStatementCard *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  int value = next_step_value (self);
  guint from = bs_display_next_step_from (value, self->n_stages);
  gboolean has_step = from > 0 && bs_statement_get_next_step (self->statement, from, bs_default_language ()) != NULL;

  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.add-next-step", has_step);
  if (!gtk_widget_get_visible (self->next_step_box))
    return;

  if (has_step)
    {
      g_autofree char *name = g_strdup_printf ("%u", from);
      BsStage *to = bs_framework_get_stage (framework, from + 1);
      g_autofree char *stage = bs_display_stage_label (from + 1, bs_stage_get_name_text (to, bs_default_language ()));
      /* Translators: above how to move up the scale, e.g. "Next step
       * towards 3 · Embedded" */
      g_autofree char *heading = g_strdup_printf (_("Next step towards %s"), stage);

      gtk_stack_set_visible_child_name (self->next_step_stack, name);
      gtk_label_set_label (self->next_step_heading, heading);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->next_step_stack,
                                        value >= 1 && (guint) value >= self->n_stages ? "top" : "none");
      gtk_label_set_label (self->next_step_heading, _("Next step"));
    }
}

/* The toggles, the target and the clear button are bound to the answer;
 * what no property carries follows here. */
static void
answer_value_cb (BsStatementCard *self)
{
  int value;

  g_assert (BS_IS_STATEMENT_CARD (self));

  value = bs_answer_get_value (self->answer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.clear-answer", value != BS_VALUE_NONE);
  show_descriptor (self, value);
  update_next_step (self);
}

/* Each toggle is on when the answer is its value; switched on, it makes
 * the answer its value. Switched off, it leaves the answer alone: that is
 * the group letting go of it for another toggle. */
static gboolean
value_to_active (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  BsStatementCard *self = user_data;
  g_autoptr(GObject) button = g_binding_dup_target (binding);
  int index = GPOINTER_TO_INT (g_object_get_data (button, BUTTON_INDEX_KEY));

  g_assert (BS_IS_STATEMENT_CARD (self));

  g_value_set_boolean (to, bs_display_button_for_value (g_value_get_int (from), self->n_stages) == index);

  return TRUE;
}

static gboolean
active_to_value (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  BsStatementCard *self = user_data;
  g_autoptr(GObject) button = g_binding_dup_target (binding);
  int index = GPOINTER_TO_INT (g_object_get_data (button, BUTTON_INDEX_KEY));

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (!g_value_get_boolean (from))
    return FALSE;

  g_value_set_int (to, bs_display_value_for_button (index, self->n_stages));

  return TRUE;
}

/* Only an answer can be cleared; the button is there while there is one. */
static gboolean
value_to_clearable (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_int (from) != BS_VALUE_NONE);

  return TRUE;
}

/* The first choice is "No target", then the stages; a target beyond the
 * scale shows as the highest stage. */
static gboolean
target_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  BsStatementCard *self = user_data;

  g_assert (BS_IS_STATEMENT_CARD (self));

  g_value_set_uint (to, MIN (g_value_get_uint (from), self->n_stages));

  return TRUE;
}

static gboolean
selected_to_target (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_uint (to, selected);

  return TRUE;
}

/* Takes the answer back to none, as undo would, and says so with undo at
 * hand: a click or a key is as easily a mistake as a stage picked. */
static void
clear_answer (BsStatementCard *self)
{
  gboolean focus_leaves;

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (bs_answer_get_value (self->answer) == BS_VALUE_NONE)
    return;

  /* The button hides: the keyboard carries on from the first stage. */
  focus_leaves = gtk_widget_has_focus (self->clear_button);
  bs_answer_set_value (self->answer, BS_VALUE_NONE);
  if (focus_leaves)
    bs_statement_card_focus (self);
  /* Translators: a toast after an answer was cleared */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-undo-toast", "s", _("Answer cleared"));
}

static void
evidence_changed_cb (BsStatementCard *self)
{
  gboolean has_link = bs_links_contains (gtk_editable_get_text (GTK_EDITABLE (self->evidence_entry)));

  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_widget_set_visible (self->open_link_button, has_link);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.open-link", has_link);
}

static void
link_clicked_cb (BsStatementCard *self,
                 GtkButton       *button)
{
  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_popover_popdown (GTK_POPOVER (self->links_popover));
  launch_func (GTK_WIDGET (self), g_object_get_data (G_OBJECT (button), URI_KEY));
}

/* Several links: the user picks one, in the order of the text. */
static void
choose_link (BsStatementCard    *self,
             const char * const *uris)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_assert (BS_IS_STATEMENT_CARD (self));

  for (guint i = 0; uris[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (uris[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_set_tooltip_text (button, uris[i]);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), URI_KEY, g_strdup (uris[i]), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (link_clicked_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), button);
    }

  if (self->links_popover == NULL)
    {
      self->links_popover = gtk_popover_new ();
      gtk_widget_set_parent (self->links_popover, self->open_link_button);
    }
  gtk_popover_set_child (GTK_POPOVER (self->links_popover), box);
  gtk_popover_popup (GTK_POPOVER (self->links_popover));
  gtk_widget_grab_focus (gtk_widget_get_first_child (box));
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BsStatementCard *self = BS_STATEMENT_CARD (widget);
  g_auto(GStrv) uris = bs_links_extract (gtk_editable_get_text (GTK_EDITABLE (self->evidence_entry)));

  if (uris[0] == NULL)
    return;
  if (uris[1] == NULL)
    launch_func (widget, uris[0]);
  else
    choose_link (self, (const char * const *) uris);
}

static void
clear_answer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  clear_answer (BS_STATEMENT_CARD (widget));
}

/* Confirms the note and evidence carried over from the last cycle: through
 * the window, so that undo brings the mark back; a card on its own
 * confirms them itself. */
static void
confirm_carried_over_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BsStatementCard *self = BS_STATEMENT_CARD (widget);
  gboolean had_focus = gtk_widget_has_focus (bs_carried_over_tag_get_button (BS_CARRIED_OVER_TAG (self->carried_over_tag)));

  if (!gtk_widget_activate_action (widget, "win.confirm-carried-over", "s", bs_statement_get_id (self->statement)))
    bs_answer_confirm_carried_over (self->answer);
  /* The button went with the tag: the note is what was confirmed. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
setup_carried_over (BsStatementCard *self)
{
  g_assert (BS_IS_STATEMENT_CARD (self));

  self->carried_over_tag = bs_carried_over_tag_new (self->answer, "card.confirm-carried-over");
  gtk_box_insert_child_after (GTK_BOX (self->box), self->carried_over_tag, self->next_step_box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (bs_carried_over_tag_get_button (BS_CARRIED_OVER_TAG (self->carried_over_tag))),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL, -1);
}

/* An action filled in with the next step, for the statement's dimension and
 * linked to the statement; its id also goes into the text, where the
 * reader of the plan sees it. */
static void
add_next_step_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BsStatementCard *self = BS_STATEMENT_CARD (widget);
  guint from = bs_display_next_step_from (next_step_value (self), self->n_stages);
  const char *step = from > 0 ? bs_statement_get_next_step (self->statement, from, bs_default_language ()) : NULL;
  g_autoptr(BsAction) action = NULL;
  g_autofree char *description = NULL;
  guint position;

  if (step == NULL)
    return;

  /* Translators: an action made from a statement's next step: the step,
   * then the statement's id, e.g. "… (statement course.flexibility.1)" */
  description = g_strdup_printf (_("%s (statement %s)"), step, bs_statement_get_id (self->statement));
  action = bs_action_new ();
  bs_action_set_description (action, description);
  bs_action_set_level_id (action, bs_statement_get_level_id (self->statement));
  bs_action_set_dimension_id (action, bs_statement_get_dimension_id (self->statement));
  /* Linked, so that the next cycle can say whether the statement moved. */
  bs_action_set_statement_ids (action, (const char * const []) { bs_statement_get_id (self->statement), NULL });
  bs_assessment_add_action (self->assessment, action);

  /* The plan opens on it, to give it an owner and a date; undo takes it
   * back, as any other edit. */
  position = g_list_model_get_n_items (bs_assessment_get_actions (self->assessment)) - 1;
  gtk_widget_activate_action (widget, "win.show-action", "u", position);
  /* Translators: a toast after "Add to Action Plan" */
  gtk_widget_activate_action (widget, "win.show-undo-toast", "s", _("Next step added to the action plan"));
}

static void
button_enter_cb (GtkEventControllerMotion *motion,
                 double                    x,
                 double                    y,
                 BsStatementCard          *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), BUTTON_INDEX_KEY));

  g_assert (BS_IS_STATEMENT_CARD (self));

  show_descriptor (self, bs_display_value_for_button (index, self->n_stages));
}

static void
button_focus_enter_cb (GtkEventControllerFocus *focus,
                       BsStatementCard         *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), BUTTON_INDEX_KEY));

  show_descriptor (self, bs_display_value_for_button (index, self->n_stages));
}

static void
button_leave_cb (BsStatementCard *self)
{
  g_assert (BS_IS_STATEMENT_CARD (self));

  show_descriptor (self, bs_answer_get_value (self->answer));
}

/* The target's button shows the chosen stage ellipsized, so that the row
 * of N/A, "don't know" and target fits a narrow window; the list that pops
 * up shows the stage names in full. */
static void
target_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
    }
  gtk_list_item_set_child (item, label);
}

static void
target_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (string));
}

static GtkListItemFactory *
target_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (target_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (target_bind_cb), NULL);
  return factory;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BsStatementCard       *self)
{
  GtkWidget *sibling;
  int value;

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
        sibling = gtk_widget_get_prev_sibling (GTK_WIDGET (self));
      else
        sibling = gtk_widget_get_next_sibling (GTK_WIDGET (self));

      if (!BS_IS_STATEMENT_CARD (sibling))
        return GDK_EVENT_PROPAGATE;

      bs_statement_card_focus (BS_STATEMENT_CARD (sibling));
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.previous", NULL);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.next", NULL);
      return GDK_EVENT_STOP;

    default:
      break;
    }

  /* Letters and digits are text everywhere else: they pick an answer
   * only where the focus is on one of the answers, never in a field, nor
   * on the card after a click beside its controls. */
  if (!is_value_button (self, gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)))))
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete || keyval == GDK_KEY_BackSpace)
    {
      clear_answer (self);
      return GDK_EVENT_STOP;
    }

  value = bs_display_value_for_key (keyval, self->n_stages);
  if (value == BS_VALUE_NONE)
    return GDK_EVENT_PROPAGATE;

  if (value != bs_answer_get_value (self->answer))
    {
      g_autofree char *text = value_text (self, value);
      g_autofree char *message = NULL;

      bs_answer_set_value (self->answer, value);
      /* A key is easily pressed by mistake: say what it did, with undo at hand. */
      /* Translators: a toast; %s is an answer, e.g. "3 · Established" or "Not applicable" */
      message = g_strdup_printf (_("Answer set to “%s”"), text);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-undo-toast", "s", message);
    }

  return GDK_EVENT_STOP;
}

/* A click beside the controls (on the statement, the rubric, a caption)
 * would leave the focus on the stage picked before it, where the letters
 * typed next would change the answer. The card takes the focus itself,
 * for as long as it keeps it, so that the keyboard carries on from here. */
static void
background_pressed_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       BsStatementCard *self)
{
  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
is_focus_cb (GtkEventControllerFocus *focus,
             GParamSpec              *pspec,
             BsStatementCard         *self)
{
  g_assert (BS_IS_STATEMENT_CARD (self));

  if (!gtk_event_controller_focus_is_focus (focus))
    gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

static void
setup_button (BsStatementCard *self,
              GtkToggleButton *button,
              int              index)
{
  GtkEventController *controller;

  g_assert (BS_IS_STATEMENT_CARD (self));
  g_assert (GTK_IS_TOGGLE_BUTTON (button));
  g_assert (BS_IS_ANSWER (self->answer));

  g_object_set_data (G_OBJECT (button), BUTTON_INDEX_KEY, GINT_TO_POINTER (index));
  if (self->buttons->len > 0)
    gtk_toggle_button_set_group (button, g_ptr_array_index (self->buttons, 0));
  g_ptr_array_add (self->buttons, button);

  g_object_bind_property_full (self->answer, "value", button, "active",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               value_to_active, active_to_value, self, NULL);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (button_enter_cb), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (button_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (button), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (button_focus_enter_cb), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (button_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (button), controller);
}

/* In a team file the stage buttons hold the file's own answer, which
 * counts only when neither the team agreed nor any respondent gave a
 * stage: the card says what the score uses instead. */
static void
update_team (BsStatementCard *self)
{
  const char *id = bs_statement_get_id (self->statement);
  BsTeam *team = bs_assessment_get_team (self->assessment);
  GListModel *respondents = bs_team_get_respondents (team);
  guint n = g_list_model_get_n_items (respondents);
  guint answered = 0, scored = 0, not_applicable = 0;
  int low = G_MAXINT, high = 0;
  double sum = 0;
  BsAgreedAnswer *agreed;
  g_autoptr(GString) text = NULL;
  g_autofree char *counts = NULL;

  g_assert (BS_IS_STATEMENT_CARD (self));

  gtk_widget_set_visible (GTK_WIDGET (self->team_label), bs_assessment_is_team (self->assessment));
  if (!bs_assessment_is_team (self->assessment))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, i);
      int value = bs_respondent_get_value (respondent, id);

      if (value == BS_VALUE_NONE)
        continue;
      answered++;
      if (value > 0)
        {
          scored++;
          sum += value;
          low = MIN (low, value);
          high = MAX (high, value);
        }
      else if (value == BS_VALUE_NOT_APPLICABLE)
        not_applicable++;
    }

  text = g_string_new (NULL);
  counts = bs_score_format_counts (scored, not_applicable, answered - scored - not_applicable);
  if (scored > 0)
    {
      g_autofree char *mean = bs_display_decimal (sum / scored, 1);

      /* Translators: a team's answers to one statement, e.g. "Team: 11 of 12
       * answered (9 scored, 1 N/A, 1 don't know), mean 2.6, from 1 to 4" */
      g_string_append_printf (text, _("Team: %u of %u answered (%s), mean %s, from %d to %d"),
                              answered, n, counts, mean, low, high);
    }
  else if (answered > 0)
    /* Translators: e.g. "Team: 2 of 12 answered (0 scored, 2 N/A)" */
    g_string_append_printf (text, _("Team: %u of %u answered (%s)"), answered, n, counts);
  else
    /* Translators: e.g. "Team: 0 of 12 answered" */
    g_string_append_printf (text, _("Team: %u of %u answered"), answered, n);

  g_string_append (text, " · ");
  agreed = bs_team_lookup_agreed (team, id);
  if (agreed != NULL && bs_agreed_answer_get_value (agreed) == BS_VALUE_NOT_APPLICABLE)
    g_string_append (text, _("agreed: not applicable"));
  else if (agreed != NULL && bs_agreed_answer_get_value (agreed) > 0)
    /* Translators: the team's agreed stage, e.g. "agreed: stage 3" */
    g_string_append_printf (text, _("agreed: stage %d"), bs_agreed_answer_get_value (agreed));
  else if (scored > 0)
    g_string_append (text, _("no agreed stage yet, the score uses the mean"));
  else
    g_string_append (text, _("no agreed stage yet"));

  gtk_label_set_label (self->team_label, text->str);
}

/* "Last cycle: 2 · Developing — the note", from the baseline; hidden
 * without a baseline or without an answer then. The note's line is cut
 * off; the tooltip holds all of it. */
static void
update_last_cycle (BsStatementCard *self)
{
  BsBaseline *baseline = bs_assessment_get_baseline (self->assessment);
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  BsAnswer *answer = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *text = NULL;
  const char *note;
  int value;

  g_assert (BS_IS_STATEMENT_CARD (self));

  if (baseline != NULL)
    answer = bs_baseline_lookup_answer (baseline, bs_statement_get_id (self->statement));
  value = answer != NULL ? bs_answer_get_value (answer) : BS_VALUE_NONE;
  note = answer != NULL ? bs_answer_get_note (answer) : NULL;
  if (note != NULL && *note == '\0')
    note = NULL;

  if (value >= 1 && (guint) value <= self->n_stages)
    stage = bs_display_stage_label (value, bs_stage_get_name_text (bs_framework_get_stage (framework, value),
                                                                 bs_default_language ()));
  else if (value == BS_VALUE_NOT_APPLICABLE)
    stage = g_strdup (_("not applicable"));
  else if (value == BS_VALUE_UNKNOWN)
    stage = g_strdup (_("don’t know"));
  else if (note != NULL)
    stage = g_strdup (_("no answer"));

  if (stage == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->last_cycle_label), FALSE);
      return;
    }

  if (note != NULL)
    {
      g_autofree char *one_line = g_strdup (note);

      g_strdelimit (one_line, "\r\n", ' ');
      /* Translators: a statement's answer in the previous cycle, e.g.
       * "Last cycle: 2 · Developing — only in the first year" */
      text = g_strdup_printf (_("Last cycle: %s — %s"), stage, one_line);
    }
  else
    /* Translators: a statement's answer in the previous cycle, e.g. "Last cycle: 2 · Developing" */
    text = g_strdup_printf (_("Last cycle: %s"), stage);

  gtk_label_set_label (self->last_cycle_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->last_cycle_label), text);
  gtk_widget_set_visible (GTK_WIDGET (self->last_cycle_label), TRUE);
}

static void
build (BsStatementCard *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *lang = bs_default_language ();
  g_autoptr(GtkStringList) targets = NULL;

  g_assert (BS_IS_STATEMENT_CARD (self));
  g_assert (BS_IS_STATEMENT (self->statement));

  self->n_stages = bs_framework_get_n_stages (framework);
  self->answer = g_object_ref (bs_assessment_get_answer (self->assessment,
                                                         bs_statement_get_id (self->statement)));

  gtk_label_set_label (self->text_label, bs_statement_get_text_text (self->statement, lang));
  update_team (self);
  g_signal_connect_object (bs_assessment_get_team (self->assessment), "changed",
                           G_CALLBACK (update_team), self, G_CONNECT_SWAPPED);
  update_last_cycle (self);
  /* the baseline set or removed */
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (update_last_cycle), self, G_CONNECT_SWAPPED);

  /* Translators: the first choice of a statement's target stage */
  targets = gtk_string_list_new ((const char * const []) { _("No target"), NULL });

  for (guint i = 1; i <= self->n_stages; i++)
    {
      BsStage *stage = bs_framework_get_stage (framework, i);
      g_autofree char *label_text = bs_display_stage_label (i, bs_stage_get_name_text (stage, lang));
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *label = gtk_label_new (label_text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_set_tooltip_text (button, bs_stage_get_meaning_text (stage, lang));
      {
        /* Read as "Stage 3: Embedded", not "3 middle dot Embedded". */
        /* Translators: a stage button's name for a screen reader */
        g_autofree char *name = g_strdup_printf (_("Stage %u: %s"), i, bs_stage_get_name_text (stage, lang));

        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      }
      gtk_widget_add_css_class (button, "stage-button");
      gtk_box_append (self->stages_box, button);
      setup_button (self, GTK_TOGGLE_BUTTON (button), i - 1);

      gtk_string_list_append (targets, label_text);
    }

  setup_button (self, self->na_button, self->n_stages);
  setup_button (self, self->unknown_button, self->n_stages + 1);

  /* Five cards have five "Note" fields and five "Stage 3" buttons: each
   * control is described by its statement, so a screen reader says which. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL,
                                    -1);
  {
    GtkWidget *described[] = {
      GTK_WIDGET (self->na_button), GTK_WIDGET (self->unknown_button),
      GTK_WIDGET (self->target_dropdown), GTK_WIDGET (self->note_view),
      GTK_WIDGET (self->evidence_entry),
    };

    for (guint i = 0; i < G_N_ELEMENTS (described); i++)
      gtk_accessible_update_relation (GTK_ACCESSIBLE (described[i]),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL,
                                      -1);
  }
  bs_a11y_label_drop_down_toggle (GTK_WIDGET (self->target_dropdown), _("Target"));

  add_descriptor (self, BS_VALUE_NONE);
  for (guint i = 1; i <= self->n_stages; i++)
    add_descriptor (self, i);
  add_descriptor (self, BS_VALUE_NOT_APPLICABLE);
  add_descriptor (self, BS_VALUE_UNKNOWN);

  {
    g_autoptr(GtkListItemFactory) button_factory = target_factory_new (TRUE);
    g_autoptr(GtkListItemFactory) list_factory = target_factory_new (FALSE);

    gtk_drop_down_set_factory (self->target_dropdown, button_factory);
    gtk_drop_down_set_list_factory (self->target_dropdown, list_factory);
  }
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (targets));
  g_object_bind_property_full (self->answer, "target", self->target_dropdown, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               target_to_selected, selected_to_target, self, NULL);

  bs_binding_text_buffer (gtk_text_view_get_buffer (self->note_view), self->answer, "note");
  bs_binding_editable (GTK_EDITABLE (self->evidence_entry), self->answer, "evidence");
  g_signal_connect_object (self->evidence_entry, "changed", G_CALLBACK (evidence_changed_cb), self, G_CONNECT_SWAPPED);
  evidence_changed_cb (self);
  setup_carried_over (self);

  build_next_steps (self);
  /* In a team file the next step follows what the score uses. */
  g_signal_connect_object (bs_assessment_get_team (self->assessment), "changed",
                           G_CALLBACK (update_next_step), self, G_CONNECT_SWAPPED);

  g_object_bind_property_full (self->answer, "value", self->clear_button, "visible", G_BINDING_SYNC_CREATE,
                               value_to_clearable, NULL, NULL, NULL);
  g_signal_connect_object (self->answer, "notify::value", G_CALLBACK (answer_value_cb), self, G_CONNECT_SWAPPED);
  answer_value_cb (self);
}

static void
bs_statement_card_constructed (GObject *object)
{
  BsStatementCard *self = (BsStatementCard *) object;

  G_OBJECT_CLASS (bs_statement_card_parent_class)->constructed (object);

  g_return_if_fail (BS_IS_ASSESSMENT (self->assessment));
  g_return_if_fail (BS_IS_STATEMENT (self->statement));

  build (self);
}

static void
bs_statement_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BsStatementCard *self = BS_STATEMENT_CARD (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;

    case PROP_ANSWER:
      g_value_set_object (value, self->answer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_statement_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BsStatementCard *self = BS_STATEMENT_CARD (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;

    case PROP_STATEMENT:
      self->statement = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The add-step button's name says more than the "Add to Action Plan" it
 * shows. Its AdwButtonContent labels the button by that text when it is
 * rooted, which would have it read twice, so the relation goes after. */
static void
bs_statement_card_root (GtkWidget *widget)
{
  BsStatementCard *self = BS_STATEMENT_CARD (widget);

  GTK_WIDGET_CLASS (bs_statement_card_parent_class)->root (widget);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->add_step_button),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
bs_statement_card_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  BsStatementCard *self = BS_STATEMENT_CARD (widget);
  graphene_rect_t box;

  if (bs_card_shadow_available () && gtk_widget_compute_bounds (self->box, widget, &box))
    bs_card_shadow_snapshot (snapshot, &box, gtk_widget_get_scale_factor (widget),
                             !adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  GTK_WIDGET_CLASS (bs_statement_card_parent_class)->snapshot (widget, snapshot);
}

static void
bs_statement_card_dispose (GObject *object)
{
  BsStatementCard *self = (BsStatementCard *) object;

  g_clear_pointer (&self->links_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_STATEMENT_CARD);

  g_clear_object (&self->answer);
  g_clear_object (&self->statement);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_statement_card_parent_class)->dispose (object);
}

static void
bs_statement_card_finalize (GObject *object)
{
  BsStatementCard *self = (BsStatementCard *) object;

  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (bs_statement_card_parent_class)->finalize (object);
}

static void
bs_statement_card_class_init (BsStatementCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bs_statement_card_constructed;
  object_class->dispose = bs_statement_card_dispose;
  object_class->finalize = bs_statement_card_finalize;
  object_class->get_property = bs_statement_card_get_property;
  object_class->set_property = bs_statement_card_set_property;

  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, BS_TYPE_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* the statement's answer in the assessment, which the card edits */
  properties [PROP_ANSWER] =
    g_param_spec_object ("answer", NULL, NULL, BS_TYPE_ANSWER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->root = bs_statement_card_root;
  widget_class->snapshot = bs_statement_card_snapshot;

  g_type_ensure (BS_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-statement-card.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, box);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, text_label);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, team_label);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, last_cycle_label);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, stages_box);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, na_button);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, unknown_button);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, descriptor_stack);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, note_view);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, evidence_entry);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, open_link_button);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, clear_button);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, next_step_box);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, next_step_heading);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, next_step_stack);
  gtk_widget_class_bind_template_child (widget_class, BsStatementCard, add_step_button);

  gtk_widget_class_install_action (widget_class, "card.open-link", NULL, open_link_action);
  gtk_widget_class_install_action (widget_class, "card.clear-answer", NULL, clear_answer_action);
  gtk_widget_class_install_action (widget_class, "card.add-next-step", NULL, add_next_step_action);
  gtk_widget_class_install_action (widget_class, "card.confirm-carried-over", NULL, confirm_carried_over_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statementcard");
}

static void
bs_statement_card_init (BsStatementCard *self)
{
  GtkEventController *controller;

  self->buttons = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  bs_text_limit_attach (GTK_WIDGET (self->evidence_entry));
  if (bs_card_shadow_available ())
    gtk_widget_add_css_class (self->box, BS_CARD_SHADOW_CLASS);

  /* In the evidence field, Ctrl+Enter opens its link: the keyboard's
   * way to the button beside it. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("card.open-link")));
  gtk_widget_add_controller (GTK_WIDGET (self->evidence_entry), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Bubbling: buttons, fields and drop-downs claim their own clicks. */
  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_object (controller, "pressed", G_CALLBACK (background_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "notify::is-focus", G_CALLBACK (is_focus_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * bs_statement_card_new:
 *
 * Returns: (transfer floating): a card showing @statement and editing its
 *   answer in @assessment
 */
GtkWidget *
bs_statement_card_new (BsAssessment *assessment,
                       BsStatement  *statement)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_STATEMENT (statement), NULL);

  return g_object_new (BS_TYPE_STATEMENT_CARD,
                       "assessment", assessment,
                       "statement", statement,
                       NULL);
}

BsStatement *
bs_statement_card_get_statement (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->statement;
}

BsAnswer *
bs_statement_card_get_answer (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->answer;
}

/**
 * bs_statement_card_get_value_button:
 * @value: a stage, %BS_VALUE_NOT_APPLICABLE or %BS_VALUE_UNKNOWN
 *
 * Returns: (transfer none) (nullable): the toggle that picks @value
 */
GtkToggleButton *
bs_statement_card_get_value_button (BsStatementCard *self,
                                    int              value)
{
  int index;

  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  index = bs_display_button_for_value (value, self->n_stages);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->buttons, index);
}

/**
 * bs_statement_card_get_note_view:
 *
 * Returns: (transfer none): the field of the answer's note
 */
GtkTextView *
bs_statement_card_get_note_view (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->note_view;
}

/**
 * bs_statement_card_focus:
 *
 * Moves the keyboard focus to the chosen stage, or the first one.
 */
void
bs_statement_card_focus (BsStatementCard *self)
{
  int index;

  g_return_if_fail (BS_IS_STATEMENT_CARD (self));

  index = bs_display_button_for_value (bs_answer_get_value (self->answer), self->n_stages);
  gtk_widget_grab_focus (g_ptr_array_index (self->buttons, MAX (index, 0)));
}

/**
 * bs_statement_card_get_evidence_entry:
 *
 * Returns: (transfer none): the field of the answer's evidence
 */
GtkEntry *
bs_statement_card_get_evidence_entry (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->evidence_entry;
}

/**
 * bs_statement_card_get_open_link_button:
 *
 * Returns: (transfer none): the button that opens the evidence's link,
 *   visible while it has one
 */
GtkWidget *
bs_statement_card_get_open_link_button (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->open_link_button;
}

/**
 * bs_statement_card_get_clear_button:
 *
 * Returns: (transfer none): the button that clears the answer, visible
 *   while there is one
 */
GtkWidget *
bs_statement_card_get_clear_button (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->clear_button;
}

/**
 * bs_statement_card_get_team_label:
 *
 * Returns: (transfer none): the line that sums up a team's answers,
 *   shown for team files only
 */
GtkLabel *
bs_statement_card_get_team_label (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->team_label;
}

/**
 * bs_statement_card_get_next_step_label:
 *
 * Returns: (transfer none) (nullable): the label of the next step shown,
 *   or %NULL when the framework has none for the statement
 */
GtkLabel *
bs_statement_card_get_next_step_label (BsStatementCard *self)
{
  GtkWidget *child;

  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  if (!gtk_widget_get_visible (self->next_step_box))
    return NULL;

  child = gtk_stack_get_visible_child (self->next_step_stack);

  return GTK_IS_LABEL (child) ? GTK_LABEL (child) : NULL;
}

/**
 * bs_statement_card_get_add_step_button:
 *
 * Returns: (transfer none): the button that adds the next step shown to
 *   the action plan
 */
GtkWidget *
bs_statement_card_get_add_step_button (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->add_step_button;
}

/**
 * _bs_statement_card_set_launch_func:
 * @func: (nullable): what opens a link from now on; %NULL for the browser
 *
 * Returns: what opened links until now
 */
BsUriLaunchFunc
_bs_statement_card_set_launch_func (BsUriLaunchFunc func)
{
  BsUriLaunchFunc old = launch_func;

  launch_func = func != NULL ? func : launch_uri;

  return old;
}

/**
 * bs_statement_card_get_last_cycle_label:
 *
 * Returns: (transfer none): the line with last cycle's stage and note,
 *   shown with a baseline that has an answer to the statement
 */
GtkLabel *
bs_statement_card_get_last_cycle_label (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->last_cycle_label;
}

GtkWidget *
_bs_statement_card_get_carried_over_tag (BsStatementCard *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT_CARD (self), NULL);

  return self->carried_over_tag;
}
