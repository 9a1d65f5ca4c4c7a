/* bs-review-window.c: the review meeting: full screen, a level's radar, then the statements most disagreed on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-display.h"
#include "bs-review-window.h"
#include "bs-window.h"

/* A window of its own over the assessment's, not a page in it: it goes
 * full screen (on the projector, where the room reads it) and Esc leaves
 * it for the window as it was, full screen or not. It edits the window's
 * assessment, so the window's title shows the changes and its save path
 * stores them, and it shares the window's undo stack, so what was agreed
 * in the meeting can be undone there and here. */

/* From this width on the type is a projector's. */
#define LARGE_WIDTH 1400

struct _BsReviewWindow
{
  AdwWindow       parent_instance;

  BsAssessment   *assessment;
  BsUndoStack    *undo_stack;
  BsReviewSteps  *steps;
  guint           step;
  GtkWidget      *level_page;
  GtkWidget      *statement_page;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkWidget      *next_button;
};

G_DEFINE_FINAL_TYPE (BsReviewWindow, bs_review_window, ADW_TYPE_WINDOW)

static gboolean
is_statement_step (BsReviewWindow *self)
{
  return self->steps != NULL && bs_review_steps_get_n_steps (self->steps) > 0 &&
         bs_review_steps_get_kind (self->steps, self->step) == BS_REVIEW_STEP_STATEMENT;
}

static void
update_actions (BsReviewWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = self->steps != NULL ? bs_review_steps_get_n_steps (self->steps) : 0;

  gtk_widget_action_set_enabled (widget, "review.previous", self->step > 0);
  gtk_widget_action_set_enabled (widget, "review.first", self->step > 0);
  gtk_widget_action_set_enabled (widget, "review.next", self->step + 1 < n);
  gtk_widget_action_set_enabled (widget, "review.last", self->step + 1 < n);
  gtk_widget_action_set_enabled (widget, "review.set-agreed", is_statement_step (self));
  gtk_widget_action_set_enabled (widget, "review.clear-agreed", is_statement_step (self));
  gtk_widget_action_set_enabled (widget, "review.undo",
                                 self->undo_stack != NULL && bs_undo_stack_get_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (widget, "review.redo",
                                 self->undo_stack != NULL && bs_undo_stack_get_can_redo (self->undo_stack));
}

/* Is the focus where keys are typed text? Then the arrows and digits are
 * the field's, not the meeting's. */
static gboolean
focus_in_text (BsReviewWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus))
      return TRUE;

  return FALSE;
}

static void
show_step (BsReviewWindow *self)
{
  const char *level_id;
  BsLevel *level;
  g_autofree char *subtitle = NULL;
  gboolean had_text_focus = focus_in_text (self);

  g_assert (BS_IS_REVIEW_WINDOW (self));

  if (bs_review_steps_get_n_steps (self->steps) == 0)
    return;

  level_id = bs_review_steps_get_level_id (self->steps, self->step);
  level = bs_framework_lookup_level (bs_assessment_get_framework (self->assessment), level_id);

  if (is_statement_step (self))
    {
      bs_review_statement_show (BS_REVIEW_STATEMENT (self->statement_page), self->steps, self->step);
      gtk_stack_set_visible_child (self->stack, self->statement_page);
    }
  else
    {
      g_autofree char *summary = bs_review_steps_describe (self->steps, self->step);

      bs_review_level_set_level (BS_REVIEW_LEVEL (self->level_page), level_id, summary);
      gtk_stack_set_visible_child (self->stack, self->level_page);
    }

  /* Translators: the review meeting's subtitle: the level, then the
   * step, e.g. "Programme level · step 3 of 18" */
  subtitle = g_strdup_printf (_("%s · step %u of %u"), bs_level_get_title_text (level, bs_default_language ()),
                              self->step + 1, bs_review_steps_get_n_steps (self->steps));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  update_actions (self);

  /* The focus goes where the next key is meant for: the agreed stage on a
   * statement, onwards on a level. A field being typed in loses it to
   * the new page, as its statement is gone. */
  if (is_statement_step (self))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (had_text_focus || focus == NULL || !gtk_widget_is_ancestor (focus, self->statement_page))
        bs_review_statement_focus (BS_REVIEW_STATEMENT (self->statement_page));
    }
  else
    gtk_widget_grab_focus (self->next_button);
}

static void
go_to (BsReviewWindow *self,
       int             step)
{
  int n = (int) bs_review_steps_get_n_steps (self->steps);

  step = CLAMP (step, 0, MAX (n - 1, 0));
  if ((guint) step == self->step && gtk_stack_get_visible_child (self->stack) != NULL)
    return;

  self->step = step;
  show_step (self);
}

static void
set_agreed (BsReviewWindow *self,
            int             value)
{
  BsStatement *statement;

  if (!is_statement_step (self))
    return;

  statement = bs_review_steps_get_statement (self->steps, self->step);
  bs_team_set_agreed_value (bs_assessment_get_team (self->assessment), bs_statement_get_id (statement), value);
}

static void
leave (BsReviewWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* Back where the meeting was, in the assessment's own window. */
  if (BS_IS_WINDOW (parent) && is_statement_step (self))
    bs_window_show_statement (BS_WINDOW (parent),
                              bs_statement_get_id (bs_review_steps_get_statement (self->steps, self->step)));

  gtk_window_destroy (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_window_present (parent);
}

/* After an undo or redo: show the statement that changed. */
static void
show_changed (BsReviewWindow *self,
              const char     *statement_id)
{
  int step = bs_review_steps_find_statement (self->steps, statement_id);

  if (step >= 0)
    go_to (self, step);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BsReviewWindow *self = BS_REVIEW_WINDOW (widget);

  if (g_str_equal (action_name, "review.previous"))
    go_to (self, (int) self->step - 1);
  else if (g_str_equal (action_name, "review.next"))
    go_to (self, (int) self->step + 1);
  else if (g_str_equal (action_name, "review.first"))
    go_to (self, 0);
  else if (g_str_equal (action_name, "review.last"))
    go_to (self, (int) bs_review_steps_get_n_steps (self->steps) - 1);
}

static void
set_agreed_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  set_agreed (BS_REVIEW_WINDOW (widget), g_variant_get_int32 (param));
}

static void
clear_agreed_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  set_agreed (BS_REVIEW_WINDOW (widget), BS_VALUE_NONE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BsReviewWindow *self = BS_REVIEW_WINDOW (widget);
  const char *statement_id = NULL;
  gboolean done;

  if (g_str_equal (action_name, "review.undo"))
    done = bs_undo_stack_undo (self->undo_stack, &statement_id, NULL);
  else
    done = bs_undo_stack_redo (self->undo_stack, &statement_id, NULL);

  if (done)
    show_changed (self, statement_id);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  leave (BS_REVIEW_WINDOW (widget));
}

/* The meeting's keys come first, before the focused widget's own (an
 * arrow would otherwise move the focus), except where text is typed. A
 * presenter's remote sends Page Up and Page Down: those always step. */
static gboolean
key_pressed_cb (BsReviewWindow        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean in_text = focus_in_text (self);
  int value;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      leave (self);
      return TRUE;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      go_to (self, (int) self->step - 1);
      return TRUE;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      go_to (self, (int) self->step + 1);
      return TRUE;

    default:
      break;
    }

  if (in_text)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      go_to (self, (int) self->step - 1);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      go_to (self, (int) self->step + 1);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      go_to (self, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      go_to (self, (int) bs_review_steps_get_n_steps (self->steps) - 1);
      return TRUE;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (!is_statement_step (self))
        return FALSE;
      set_agreed (self, BS_VALUE_NONE);
      return TRUE;

    default:
      break;
    }

  /* A team agrees on a stage or on N/A, never on "don't know". */
  value = bs_display_value_for_key (keyval, bs_framework_get_n_stages (bs_assessment_get_framework (self->assessment)));
  if (value == BS_VALUE_NONE || value == BS_VALUE_UNKNOWN || !is_statement_step (self))
    return FALSE;

  set_agreed (self, value);
  return TRUE;
}

static void
undo_notify_cb (BsReviewWindow *self)
{
  update_actions (self);
}

/* A projector's width gets a projector's type. */
static void
bs_review_window_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  GTK_WIDGET_CLASS (bs_review_window_parent_class)->size_allocate (widget, width, height, baseline);

  if ((width >= LARGE_WIDTH) != gtk_widget_has_css_class (widget, "review-large"))
    {
      if (width >= LARGE_WIDTH)
        gtk_widget_add_css_class (widget, "review-large");
      else
        gtk_widget_remove_css_class (widget, "review-large");
    }
}

static void
bs_review_window_dispose (GObject *object)
{
  BsReviewWindow *self = (BsReviewWindow *) object;

  if (self->undo_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_stack, self);
  g_clear_object (&self->undo_stack);
  g_clear_pointer (&self->steps, bs_review_steps_free);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_review_window_parent_class)->dispose (object);
}

static void
bs_review_window_class_init (BsReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_review_window_dispose;
  widget_class->size_allocate = bs_review_window_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BsReviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BsReviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BsReviewWindow, next_button);

  gtk_widget_class_install_action (widget_class, "review.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "review.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "review.first", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "review.last", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "review.set-agreed", "i", set_agreed_action);
  gtk_widget_class_install_action (widget_class, "review.clear-agreed", NULL, clear_agreed_action);
  gtk_widget_class_install_action (widget_class, "review.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "review.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "review.leave", NULL, leave_action);

  /* Text fields have their own undo of typing, and take Ctrl+Z first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "review.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "review.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "review.redo", NULL);
}

static void
bs_review_window_init (BsReviewWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* "_Leave Leave" otherwise */
  bs_a11y_repair_names (GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * bs_review_window_open:
 * @parent: the assessment's window
 * @undo_stack: (nullable): @parent's undo stack, for undo in the meeting
 *
 * Starts a review meeting of @assessment, a team's: full screen, over
 * @parent, at the first level's radar.
 *
 * Returns: (transfer none): the meeting's window
 */
BsReviewWindow *
bs_review_window_open (GtkWindow    *parent,
                       BsAssessment *assessment,
                       BsUndoStack  *undo_stack)
{
  BsReviewWindow *self;
  GdkSurface *surface;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (undo_stack == NULL || BS_IS_UNDO_STACK (undo_stack), NULL);

  self = g_object_new (BS_TYPE_REVIEW_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->assessment = g_object_ref (assessment);
  self->steps = bs_review_steps_new (assessment);
  if (undo_stack != NULL)
    {
      self->undo_stack = g_object_ref (undo_stack);
      g_signal_connect_object (undo_stack, "notify", G_CALLBACK (undo_notify_cb), self, G_CONNECT_SWAPPED);
    }

  self->level_page = bs_review_level_new (assessment);
  self->statement_page = bs_review_statement_new (assessment);
  gtk_stack_add_named (self->stack, self->level_page, "level");
  gtk_stack_add_named (self->stack, self->statement_page, "statement");

  /* The size of the parent's screen, for when full screen is refused (no
   * window manager) or left by the user. */
  surface = gtk_native_get_surface (GTK_NATIVE (parent));
  if (surface != NULL)
    {
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
      GdkRectangle area;

      if (monitor != NULL)
        {
          gdk_monitor_get_geometry (monitor, &area);
          gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
        }
    }

  /* Presented first: the first step grabs the focus, and a window whose
   * focus is set before it is shown is a "filler", not shown, to GTK
   * 4.8's AT-SPI, where a screen reader never finds it. */
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_fullscreen (GTK_WINDOW (self));
  self->step = 0;
  show_step (self);

  return self;
}

guint
bs_review_window_get_step (BsReviewWindow *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_WINDOW (self), 0);

  return self->step;
}

void
bs_review_window_set_step (BsReviewWindow *self,
                           guint           step)
{
  g_return_if_fail (BS_IS_REVIEW_WINDOW (self));
  g_return_if_fail (step < bs_review_steps_get_n_steps (self->steps));

  go_to (self, (int) step);
}

const BsReviewSteps *
bs_review_window_get_steps (BsReviewWindow *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_WINDOW (self), NULL);

  return self->steps;
}

BsReviewLevel *
bs_review_window_get_level_page (BsReviewWindow *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_WINDOW (self), NULL);

  return BS_REVIEW_LEVEL (self->level_page);
}

BsReviewStatement *
bs_review_window_get_statement_page (BsReviewWindow *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_WINDOW (self), NULL);

  return BS_REVIEW_STATEMENT (self->statement_page);
}
