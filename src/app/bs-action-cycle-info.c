/* bs-action-cycle-info.c: what an action carried over from the previous cycle brings: where from, its links, its history, and how its scores moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "bs-action-cycle-info.h"
#include "bs-date-format.h"
#include "bs-display.h"

struct _BsActionCycleInfo
{
  GtkWidget     parent_instance;

  BsAssessment *assessment;
  BsAction     *action;

  GtkWidget    *box;
  GtkWidget    *origin_label;
  GtkWidget    *move_label;
  GtkWidget    *links_box;
  GtkWidget    *history_box;
  guint         n_links;
  guint         n_history;
};

G_DEFINE_FINAL_TYPE (BsActionCycleInfo, bs_action_cycle_info, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_ACTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static void
update_move (BsActionCycleInfo *self)
{
  double then = NAN, now = NAN;
  BsScoreMove move;
  g_autofree char *text = NULL;
  gboolean linked;

  g_assert (BS_IS_ACTION_CYCLE_INFO (self));

  move = bs_action_get_score_move (self->assessment, self->action, &then, &now);
  linked = bs_action_get_statement_ids (self->action)[0] != NULL;
  text = bs_action_cycle_info_describe_move (move, linked, then, now);
  gtk_label_set_label (GTK_LABEL (self->move_label), text);

  /* The arrow and the words say it; the colour only repeats it. */
  gtk_widget_remove_css_class (self->move_label, "success");
  gtk_widget_remove_css_class (self->move_label, "warning");
  if (move == BS_SCORE_MOVE_UP)
    gtk_widget_add_css_class (self->move_label, "success");
  else if (move == BS_SCORE_MOVE_DOWN)
    gtk_widget_add_css_class (self->move_label, "warning");
}

static void
update (BsActionCycleInfo *self)
{
  const char * const *links = bs_action_get_statement_ids (self->action);
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  const char *title = bs_action_get_carried_from_title (self->action);
  const char *date = bs_action_get_carried_from_date (self->action);
  g_autofree char *shown_date = date != NULL ? bs_date_locale_format_date (date) : NULL;
  g_autofree char *origin = NULL;
  guint n;

  g_assert (BS_IS_ACTION_CYCLE_INFO (self));

  if (title == NULL || *title == '\0')
    title = _("the previous cycle");
  if (shown_date != NULL)
    /* Translators: an action of last year's plan; %s the previous assessment's title, then its date */
    origin = g_strdup_printf (_("Carried over from %s (%s)"), title, shown_date);
  else
    /* Translators: %s is the previous assessment's title */
    origin = g_strdup_printf (_("Carried over from %s"), title);
  gtk_label_set_label (GTK_LABEL (self->origin_label), origin);
  gtk_widget_set_visible (GTK_WIDGET (self), bs_action_get_carried_over (self->action));

  clear_box (self->links_box);
  self->n_links = 0;
  for (guint i = 0; links[i] != NULL; i++)
    {
      BsStatement *statement = bs_framework_lookup_statement (framework, links[i]);
      const char *text = statement != NULL ? bs_statement_get_text_text (statement, bs_default_language ()) : NULL;
      /* Translators: a statement the action is about; %s its text, or its id when the framework lacks it */
      g_autofree char *line = g_strdup_printf (_("• %s"), text != NULL ? text : links[i]);

      gtk_box_append (GTK_BOX (self->links_box), new_label (line, NULL));
      self->n_links++;
    }
  gtk_widget_set_visible (gtk_widget_get_parent (self->links_box), self->n_links > 0);

  clear_box (self->history_box);
  n = bs_action_get_n_changes (self->action);
  self->n_history = n;
  for (guint i = 0; i < n; i++)
    {
      const BsActionChange *change = bs_action_get_change (self->action, i);
      g_autofree char *when = change->date != NULL ? bs_date_locale_format_date (change->date) : NULL;
      const char *status = bs_action_status_get_label (change->status);
      g_autofree char *line = NULL;

      if (change->note != NULL && *change->note != '\0')
        /* Translators: a line of an action's history: date, status, note */
        line = g_strdup_printf (_("%s: %s — %s"), when != NULL ? when : "", status, change->note);
      else
        /* Translators: a line of an action's history: date, status */
        line = g_strdup_printf (_("%s: %s"), when != NULL ? when : "", status);
      gtk_box_append (GTK_BOX (self->history_box), new_label (line, NULL));
    }
  gtk_widget_set_visible (gtk_widget_get_parent (self->history_box), n > 0);

  update_move (self);
}

static GtkWidget *
new_section (BsActionCycleInfo *self,
             const char        *heading,
             GtkWidget        **content)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = new_label (heading, "caption-heading");

  gtk_widget_add_css_class (label, "dim-label");
  *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_box_append (GTK_BOX (section), label);
  gtk_box_append (GTK_BOX (section), *content);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (*content), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (self->box), section);

  return section;
}

static void
bs_action_cycle_info_dispose (GObject *object)
{
  BsActionCycleInfo *self = (BsActionCycleInfo *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->assessment);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (bs_action_cycle_info_parent_class)->dispose (object);
}

static void
bs_action_cycle_info_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BsActionCycleInfo *self = BS_ACTION_CYCLE_INFO (object);

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
bs_action_cycle_info_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BsActionCycleInfo *self = BS_ACTION_CYCLE_INFO (object);

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
bs_action_cycle_info_constructed (GObject *object)
{
  BsActionCycleInfo *self = (BsActionCycleInfo *) object;

  G_OBJECT_CLASS (bs_action_cycle_info_parent_class)->constructed (object);

  g_assert (BS_IS_ASSESSMENT (self->assessment));
  g_assert (BS_IS_ACTION (self->action));

  /* Scores move with every answer; the rest with the action. */
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (update_move), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
bs_action_cycle_info_class_init (BsActionCycleInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_action_cycle_info_dispose;
  object_class->get_property = bs_action_cycle_info_get_property;
  object_class->set_property = bs_action_cycle_info_set_property;
  object_class->constructed = bs_action_cycle_info_constructed;

  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL, BS_TYPE_ACTION,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "action-cycle-info");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bs_action_cycle_info_init (BsActionCycleInfo *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-open-recent-symbolic");
  GtkWidget *origin = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 9);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  self->origin_label = new_label (NULL, "heading");
  gtk_box_append (GTK_BOX (origin), icon);
  gtk_box_append (GTK_BOX (origin), self->origin_label);
  gtk_box_append (GTK_BOX (self->box), origin);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->origin_label, NULL, -1);

  self->move_label = new_label (NULL, NULL);
  gtk_box_append (GTK_BOX (self->box), self->move_label);

  new_section (self, _("Linked Statements"), &self->links_box);
  new_section (self, _("History"), &self->history_box);
}

/**
 * bs_action_cycle_info_new:
 * @assessment: the assessment that holds @action and the baseline
 * @action: an action; the widget shows only while it is carried over
 *
 * Returns: (transfer floating): a new widget for @action
 */
GtkWidget *
bs_action_cycle_info_new (BsAssessment *assessment,
                          BsAction     *action)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_ACTION (action), NULL);

  return g_object_new (BS_TYPE_ACTION_CYCLE_INFO, "assessment", assessment, "action", action, NULL);
}

/**
 * bs_action_cycle_info_describe_move:
 * @linked: whether the scores are of linked statements (else of the
 *   action's dimension)
 * @then: the score in the previous cycle, or NAN
 * @now: the score now, or NAN
 *
 * How an action's scores moved, in words and with an arrow, so that
 * neither colour nor the arrow alone carries it.
 *
 * Returns: (transfer full): e.g. "↑ Linked scores up from 2.0 to 2.6"
 */
char *
bs_action_cycle_info_describe_move (BsScoreMove move,
                                    gboolean    linked,
                                    double      then,
                                    double      now)
{
  g_autofree char *a = !isnan (then) ? bs_display_decimal (then, 1) : NULL;
  g_autofree char *b = !isnan (now) ? bs_display_decimal (now, 1) : NULL;

  switch (move)
    {
    case BS_SCORE_MOVE_UP:
      return linked
        /* Translators: the mean stage of the statements an action is about, last cycle and now */
        ? g_strdup_printf (_("↑ Linked scores up from %s to %s"), a, b)
        /* Translators: the score of the action's dimension, last cycle and now */
        : g_strdup_printf (_("↑ Dimension score up from %s to %s"), a, b);
    case BS_SCORE_MOVE_DOWN:
      return linked
        ? g_strdup_printf (_("↓ Linked scores down from %s to %s"), a, b)
        : g_strdup_printf (_("↓ Dimension score down from %s to %s"), a, b);
    case BS_SCORE_MOVE_SAME:
      return linked
        /* Translators: %s is the score, the same last cycle and now */
        ? g_strdup_printf (_("= Linked scores the same, %s"), b)
        : g_strdup_printf (_("= Dimension score the same, %s"), b);
    case BS_SCORE_MOVE_UNKNOWN:
    default:
      return g_strdup (isnan (then) ? _("No score of last cycle to compare with")
                                    : _("Not scored in this cycle yet"));
    }
}

/**
 * bs_action_cycle_info_get_origin_text:
 *
 * Returns: "Carried over from …"
 */
const char *
bs_action_cycle_info_get_origin_text (BsActionCycleInfo *self)
{
  g_return_val_if_fail (BS_IS_ACTION_CYCLE_INFO (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->origin_label));
}

/**
 * bs_action_cycle_info_get_move_text:
 *
 * Returns: how the action's scores moved, as shown
 */
const char *
bs_action_cycle_info_get_move_text (BsActionCycleInfo *self)
{
  g_return_val_if_fail (BS_IS_ACTION_CYCLE_INFO (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->move_label));
}

guint
bs_action_cycle_info_get_n_history (BsActionCycleInfo *self)
{
  g_return_val_if_fail (BS_IS_ACTION_CYCLE_INFO (self), 0);

  return self->n_history;
}

guint
bs_action_cycle_info_get_n_links (BsActionCycleInfo *self)
{
  g_return_val_if_fail (BS_IS_ACTION_CYCLE_INFO (self), 0);

  return self->n_links;
}
