/* bs-action-row.c: one action of the action plan, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-text-limit.h"
#include "bs-action-cycle-info.h"
#include "bs-action-row.h"
#include "bs-binding.h"
#include "bs-date-format.h"
#include "bs-display.h"
#include "bs-text-field.h"

struct _BsActionRow
{
  GtkListBoxRow  parent_instance;

  BsAssessment  *assessment;
  BsAction      *action;
  /* the dimension drop-down's choices after "No dimension" */
  GPtrArray     *level_ids;
  GPtrArray     *dimension_ids;

  GtkTextView   *description_view;
  GtkDropDown   *dimension_dropdown;
  GtkDropDown   *status_dropdown;
  GtkEntry      *owner_entry;
  GtkEntry      *due_entry;
  GtkPopover    *due_popover;
  GtkCalendar   *due_calendar;
  GtkWidget     *up_button;
  GtkWidget     *down_button;
  GtkWidget     *delete_button;
  GtkWidget     *overdue_box;
  GtkEntry      *result_entry;

  /* the calendar is being set to the date typed, not by the user */
  guint          selecting_day : 1;
  /* the dimension drop-down is being set to the model's, not by the user */
  guint          showing_dimension : 1;
};

G_DEFINE_FINAL_TYPE (BsActionRow, bs_action_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_ACTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static guint
dimension_index (BsActionRow *self)
{
  const char *level_id;
  const char *dimension_id;

  g_assert (BS_IS_ACTION_ROW (self));

  level_id = bs_action_get_level_id (self->action);
  dimension_id = bs_action_get_dimension_id (self->action);

  for (guint i = 0; i < self->dimension_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->level_ids, i), level_id) == 0 &&
        g_strcmp0 (g_ptr_array_index (self->dimension_ids, i), dimension_id) == 0)
      return i + 1;

  return 0;
}

/* The choice is a pair of ids, not one property a binding could carry.
 * Undo sets them one after the other; the pair in between may be none of
 * the choices, and showing "No dimension" for it must not clear the model. */
static void
action_dimension_cb (BsActionRow *self)
{
  guint index = dimension_index (self);

  g_assert (BS_IS_ACTION_ROW (self));

  if (gtk_drop_down_get_selected (self->dimension_dropdown) != index)
    {
      self->showing_dimension = TRUE;
      gtk_drop_down_set_selected (self->dimension_dropdown, index);
      self->showing_dimension = FALSE;
    }
}

/* The status drop-down lists the states in their order. */
static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));

  return TRUE;
}

static gboolean
selected_to_status (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > BS_ACTION_DROPPED)
    return FALSE;

  g_value_set_enum (to, selected);

  return TRUE;
}

static void
dimension_selected_cb (BsActionRow *self)
{
  guint index = gtk_drop_down_get_selected (self->dimension_dropdown);

  g_assert (BS_IS_ACTION_ROW (self));

  if (self->showing_dimension)
    return;

  if (index == 0 || index > self->dimension_ids->len)
    {
      bs_action_set_level_id (self->action, NULL);
      bs_action_set_dimension_id (self->action, NULL);
    }
  else
    {
      bs_action_set_level_id (self->action, g_ptr_array_index (self->level_ids, index - 1));
      bs_action_set_dimension_id (self->action, g_ptr_array_index (self->dimension_ids, index - 1));
    }
}

static void
mark_due (BsActionRow *self,
          const char  *invalid)
{
  GtkWidget *entry = GTK_WIDGET (self->due_entry);
  g_autofree char *example = bs_date_locale_format_date ("2027-03-31");
  g_autofree char *tooltip = NULL;

  g_assert (BS_IS_ACTION_ROW (self));

  if (invalid == NULL)
    {
      gtk_widget_remove_css_class (entry, "error");
      /* Translators: %s is a date as the user's language writes it, e.g. 31-03-2027 */
      tooltip = g_strdup_printf (_("Due date, for example %s"), example);
    }
  else
    {
      gtk_widget_add_css_class (entry, "error");
      /* Translators: the first %s is what the user typed, the second an example date */
      tooltip = g_strdup_printf (_("“%s” is not a date. Write it like %s, or choose it from the calendar. "
                                   "Until then it is not saved."), invalid, example);
    }

  gtk_widget_set_tooltip_text (entry, tooltip);
}

/* The model's due date, as the user's locale writes it. */
static void
show_due (BsActionRow *self)
{
  const char *due = bs_action_get_due (self->action);
  g_autofree char *text = due != NULL ? bs_date_locale_format_date (due) : NULL;

  g_assert (BS_IS_ACTION_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), text != NULL ? text : due != NULL ? due : "");
  mark_due (self, NULL);
}

static char *
typed_due (BsActionRow *self)
{
  g_assert (BS_IS_ACTION_ROW (self));

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_entry))));
}

/* What is typed reaches the model when the user is done with the field
 * (Enter, leaving it, a day picked, a save), not at every key: "1-3-2"
 * on the way to "1-3-2027" is no due date, and would be one undo step
 * each. Only a real date goes in, as YYYY-MM-DD, since a file with
 * anything else would not load again; anything else stays in the field,
 * marked, and saving says it was not saved (bs-window.c): what the user
 * typed is never silently dropped. */
static gboolean
commit_due (BsActionRow *self)
{
  g_autofree char *text = typed_due (self);
  g_autofree char *iso = NULL;

  g_assert (BS_IS_ACTION_ROW (self));

  if (text[0] == '\0')
    {
      bs_action_set_due (self->action, NULL);
      mark_due (self, NULL);
      return TRUE;
    }

  iso = bs_date_locale_parse (text);
  if (iso == NULL || !bs_display_is_iso_date (iso))
    {
      mark_due (self, text);
      return FALSE;
    }

  bs_action_set_due (self->action, iso);
  show_due (self);

  return TRUE;
}

static void
due_changed_cb (BsActionRow *self)
{
  g_autofree char *text = typed_due (self);
  g_autofree char *iso = bs_date_locale_parse (text);

  g_assert (BS_IS_ACTION_ROW (self));

  /* Marked wrong only once the user is done; a mark goes as soon as the
   * text is right. */
  if (text[0] == '\0' || iso != NULL)
    mark_due (self, NULL);
}

static void
due_activate_cb (BsActionRow *self)
{
  g_assert (BS_IS_ACTION_ROW (self));

  commit_due (self);
}

static void
due_focus_leave_cb (BsActionRow *self)
{
  g_assert (BS_IS_ACTION_ROW (self));

  commit_due (self);
}

static void
action_due_cb (BsActionRow *self)
{
  g_autofree char *text = typed_due (self);
  g_autofree char *iso = bs_date_locale_parse (text);

  g_assert (BS_IS_ACTION_ROW (self));

  /* An undo or redo: show the date it brought back. */
  if (g_strcmp0 (iso, bs_action_get_due (self->action)) != 0)
    show_due (self);
}

static void
due_popover_show_cb (BsActionRow *self)
{
  g_autofree char *text = typed_due (self);
  g_autofree char *iso = bs_date_locale_parse (text);
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  g_assert (BS_IS_ACTION_ROW (self));

  if (iso != NULL && sscanf (iso, "%d-%d-%d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->selecting_day = TRUE;
  gtk_calendar_select_day (self->due_calendar, date);
  self->selecting_day = FALSE;
}

static void
day_selected_cb (BsActionRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->due_calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *text = bs_date_locale_format_date (iso);

  g_assert (BS_IS_ACTION_ROW (self));

  if (self->selecting_day)
    return;

  /* A click on a day, or Space on the day the arrow keys went to (GtkCalendar
   * 4.8 takes no Enter); it selects no day on the arrows nor on a change of
   * month, so each selection is the user's choice. */
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), text != NULL ? text : iso);
  commit_due (self);
  gtk_popover_popdown (self->due_popover);
}

static void
move (BsActionRow *self,
      int          delta)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  GListModel *actions = bs_assessment_get_actions (self->assessment);
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkListBoxRow *moved;
  int to = index + delta;

  g_assert (BS_IS_ACTION_ROW (self));

  if (index < 0 || to < 0 || (guint) to >= g_list_model_get_n_items (actions))
    return;

  bs_assessment_move_action (self->assessment, index, to);

  /* The list box made a new row for the moved action; keep the focus with
   * it, on the other arrow once it reached the top or the bottom. */
  moved = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), to);
  if (BS_IS_ACTION_ROW (moved))
    {
      BsActionRow *row = BS_ACTION_ROW (moved);
      GtkWidget *button = delta < 0 ? row->up_button : row->down_button;

      if (!gtk_widget_get_sensitive (button))
        button = delta < 0 ? row->down_button : row->up_button;
      gtk_widget_grab_focus (button);
    }
}

static void
up_cb (BsActionRow *self)
{
  g_assert (BS_IS_ACTION_ROW (self));

  move (self, -1);
}

static void
down_cb (BsActionRow *self)
{
  g_assert (BS_IS_ACTION_ROW (self));

  move (self, +1);
}

static void
delete_cb (BsActionRow *self)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  g_autoptr(GtkWidget) list = NULL;
  g_autoptr(GtkWidget) root = NULL;
  GtkListBoxRow *next;

  g_assert (BS_IS_ACTION_ROW (self));

  if (index < 0)
    return;

  /* This row goes with its action. */
  list = g_object_ref (gtk_widget_get_parent (GTK_WIDGET (self)));
  root = g_object_ref (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self))));

  bs_assessment_remove_action (self->assessment, index);

  /* Deleted at once, as GNOME does, with the way back at hand: Undo in
   * the toast, or Ctrl+Z. */
  gtk_widget_activate_action (root, "win.show-undo-toast", "s", _("Action deleted"));

  /* The focus goes to the row that took its place, not into one of its
   * fields, where Ctrl+Z would undo typing instead of the deletion. */
  next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index - 1);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  ellipsize)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Dimension names are long: the button shortens the chosen one, so a
 * narrow window never has to grow for it; the list shows them whole. */
static GtkListItemFactory *
label_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), GINT_TO_POINTER (ellipsize));

  return factory;
}

/* Overdue (bs_action_is_overdue(), today from bs_action_today()): the
 * marker shows, and the due date field says so to a screen reader, which
 * does not see the marker beside it. */
static void
update_overdue (BsActionRow *self)
{
  gboolean overdue;

  g_assert (BS_IS_ACTION_ROW (self));

  overdue = bs_action_is_overdue (self->action, NULL);
  gtk_widget_set_visible (self->overdue_box, overdue);
  if (overdue)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Overdue"), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->due_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
build (BsActionRow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = label_factory_new (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = label_factory_new (FALSE);
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  GListModel *levels = bs_framework_get_levels (framework);
  const char *lang = bs_default_language ();
  g_autoptr(GtkStringList) dimensions = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  g_assert (BS_IS_ACTION_ROW (self));
  g_assert (BS_IS_ACTION (self->action));

  dimensions = gtk_string_list_new ((const char * const []) { _("No dimension"), NULL });

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *level_dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (self->assessment, bs_level_get_id (level)))
        continue;

      for (guint d = 0; d < g_list_model_get_n_items (level_dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (level_dimensions, d);
          g_autofree char *label = NULL;

          /* Translators: a choice of dimension, e.g. "Course: Flexibility" */
          label = g_strdup_printf (_("%s: %s"), bs_level_get_title_text (level, lang),
                                   bs_dimension_get_title_text (dimension, lang));
          gtk_string_list_append (dimensions, label);
          g_ptr_array_add (self->level_ids, g_strdup (bs_level_get_id (level)));
          g_ptr_array_add (self->dimension_ids, g_strdup (bs_dimension_get_id (dimension)));
        }
    }

  for (BsActionStatus s = BS_ACTION_PLANNED; s <= BS_ACTION_DROPPED; s++)
    gtk_string_list_append (statuses, bs_action_status_get_label (s));

  gtk_drop_down_set_factory (self->dimension_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->dimension_dropdown, list_factory);
  gtk_drop_down_set_model (self->dimension_dropdown, G_LIST_MODEL (dimensions));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  action_dimension_cb (self);
  g_object_bind_property_full (self->action, "status", self->status_dropdown, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               status_to_selected, selected_to_status, NULL, NULL);

  bs_binding_text_buffer (gtk_text_view_get_buffer (self->description_view), self->action, "description");
  bs_binding_editable (GTK_EDITABLE (self->owner_entry), self->action, "owner");
  bs_binding_editable (GTK_EDITABLE (self->result_entry), self->action, "result");
  /* Where a carried-over action came from, its links and history, and
   * whether its scores moved; hidden for the others. */
  gtk_box_append (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self))),
                  bs_action_cycle_info_new (self->assessment, self->action));
  show_due (self);

  g_signal_connect_object (self->action, "notify::level-id", G_CALLBACK (action_dimension_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::dimension-id", G_CALLBACK (action_dimension_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dimension_dropdown, "notify::selected",
                           G_CALLBACK (dimension_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::due", G_CALLBACK (action_due_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::due", G_CALLBACK (update_overdue), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::status", G_CALLBACK (update_overdue), self, G_CONNECT_SWAPPED);
  update_overdue (self);
  g_signal_connect_object (self->due_entry, "changed", G_CALLBACK (due_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_entry, "activate", G_CALLBACK (due_activate_cb), self, G_CONNECT_SWAPPED);
}

static void
bs_action_row_constructed (GObject *object)
{
  BsActionRow *self = (BsActionRow *) object;

  G_OBJECT_CLASS (bs_action_row_parent_class)->constructed (object);

  g_return_if_fail (BS_IS_ASSESSMENT (self->assessment));
  g_return_if_fail (BS_IS_ACTION (self->action));

  build (self);
}

static void
bs_action_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BsActionRow *self = BS_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_action_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BsActionRow *self = BS_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;

    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_action_row_dispose (GObject *object)
{
  BsActionRow *self = (BsActionRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_ACTION_ROW);

  g_clear_object (&self->action);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_action_row_parent_class)->dispose (object);
}

static void
bs_action_row_finalize (GObject *object)
{
  BsActionRow *self = (BsActionRow *) object;

  g_ptr_array_unref (self->level_ids);
  g_ptr_array_unref (self->dimension_ids);

  G_OBJECT_CLASS (bs_action_row_parent_class)->finalize (object);
}

static void
bs_action_row_class_init (BsActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bs_action_row_constructed;
  object_class->dispose = bs_action_row_dispose;
  object_class->finalize = bs_action_row_finalize;
  object_class->get_property = bs_action_row_get_property;
  object_class->set_property = bs_action_row_set_property;

  /* the plan the action belongs to: its levels, and the moves */
  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL, BS_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BS_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, description_view);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, dimension_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, due_entry);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, due_popover);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, due_calendar);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, overdue_box);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, result_entry);
  gtk_widget_class_bind_template_callback (widget_class, up_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_cb);
}

static void
bs_action_row_init (BsActionRow *self)
{
  GtkEventController *controller;

  self->level_ids = g_ptr_array_new_with_free_func (g_free);
  self->dimension_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  bs_text_limit_attach (GTK_WIDGET (self->owner_entry));
  bs_text_limit_attach (GTK_WIDGET (self->result_entry));
  bs_text_limit_attach (GTK_WIDGET (self->due_entry));
  /* Drop-downs have no label beside them: the tooltip says what each is. */
  bs_a11y_label_popup_button (GTK_WIDGET (self->dimension_dropdown), _("Dimension"));
  bs_a11y_label_popup_button (GTK_WIDGET (self->status_dropdown), _("Status"));

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (due_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->due_entry), controller);

  g_signal_connect_object (self->due_popover, "show", G_CALLBACK (due_popover_show_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_calendar, "day-selected", G_CALLBACK (day_selected_cb), self, G_CONNECT_SWAPPED);
}

/**
 * bs_action_row_new:
 *
 * Returns: (transfer floating): a row editing @action of @assessment
 */
GtkWidget *
bs_action_row_new (BsAssessment *assessment,
                   BsAction     *action)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_ACTION (action), NULL);

  return g_object_new (BS_TYPE_ACTION_ROW,
                       "assessment", assessment,
                       "action", action,
                       NULL);
}

BsAction *
bs_action_row_get_action (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return self->action;
}

void
bs_action_row_focus (BsActionRow *self)
{
  g_return_if_fail (BS_IS_ACTION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
}

/**
 * bs_action_row_commit:
 *
 * Reads the due date being typed into the model, as leaving the field does.
 *
 * Returns: %FALSE when the field holds something that is not a date,
 *   which stays there, marked, and is not in the model
 */
gboolean
bs_action_row_commit (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), FALSE);

  return commit_due (self);
}

/**
 * bs_action_row_get_invalid_due:
 *
 * Returns: (transfer full) (nullable): what the due date field holds when
 *   it is not a date
 */
char *
bs_action_row_get_invalid_due (BsActionRow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  text = typed_due (self);
  iso = bs_date_locale_parse (text);
  if (text[0] == '\0' || iso != NULL)
    return NULL;

  return g_steal_pointer (&text);
}

GtkEditable *
bs_action_row_get_due_entry (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return GTK_EDITABLE (self->due_entry);
}

GtkEntry *
bs_action_row_get_owner_entry (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return self->owner_entry;
}

GtkDropDown *
bs_action_row_get_status_drop_down (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return self->status_dropdown;
}

GtkCalendar *
bs_action_row_get_due_calendar (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return self->due_calendar;
}

/**
 * bs_action_row_set_place:
 *
 * Tells the row whether it is the first or the last of the plan, which
 * cannot move further up or down.
 */
void
bs_action_row_set_place (BsActionRow *self,
                         gboolean     first,
                         gboolean     last)
{
  g_return_if_fail (BS_IS_ACTION_ROW (self));

  gtk_widget_set_sensitive (self->up_button, !first);
  gtk_widget_set_sensitive (self->down_button, !last);
}

/**
 * bs_action_row_get_overdue:
 *
 * Returns: whether the row marks its action overdue
 */
gboolean
bs_action_row_get_overdue (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), FALSE);

  return gtk_widget_get_visible (self->overdue_box);
}

GtkWidget *
bs_action_row_get_button (BsActionRow *self,
                          const char  *name)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "up"))
    return self->up_button;
  if (g_str_equal (name, "down"))
    return self->down_button;
  if (g_str_equal (name, "delete"))
    return self->delete_button;

  g_return_val_if_reached (NULL);
}

/**
 * bs_action_row_get_result_entry:
 *
 * Returns: (transfer none): the entry for what came of the action
 */
GtkEntry *
bs_action_row_get_result_entry (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return self->result_entry;
}
