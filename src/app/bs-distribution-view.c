/* bs-distribution-view.c: one statement's answers in a team on screen, drawn by the render library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "bs-distribution.h"
#include "bs-distribution-view.h"

/* The marks are gathered when the statement or the assessment changes,
 * not in snapshot: a frame only lays out and draws. The level view base
 * gives the palette of the style (light, dark, high contrast) and the
 * redraw when the assessment changes (the agreed column moves). */

struct _BsDistributionView
{
  BsLevelView         parent_instance;

  char               *statement_id;
  GArray             *marks;          /* BsDistributionMark */
  /* per respondent, in the team's order: its role's place in the legend,
   * or -1; made when the assessment changes, not at every statement */
  GArray             *role_of;        /* int */
  GPtrArray          *role_labels;    /* char *, roles present in the team */
  GPtrArray          *stage_labels;   /* char * */
  int                 agreed;
  double              mean;
  int                 cached_width;
  int                 cached_height;
  /* the text size the cached height was measured with */
  double              cached_scale;
};

G_DEFINE_FINAL_TYPE (BsDistributionView, bs_distribution_view, BS_TYPE_LEVEL_VIEW)

enum {
  PROP_0,
  PROP_STATEMENT_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The widget's text size, so the chart's labels match the page's (large
 * in the review meeting). The render library's 1.0 is 10 units. */
static double
font_scale (BsDistributionView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 1.2;

  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;

  return CLAMP (size / 10.0, 0.8, 4.0);
}

static void
fill_distribution (BsDistributionView *self,
                   BsDistribution     *d,
                   BsPalette          *palette)
{
  *d = (BsDistribution) { 0 };
  d->n_stages = self->stage_labels->len;
  d->stage_labels = (const char * const *) self->stage_labels->pdata;
  d->n_roles = self->role_labels->len;
  d->role_labels = (const char * const *) self->role_labels->pdata;
  d->n_marks = self->marks->len;
  d->marks = (const BsDistributionMark *) (gpointer) self->marks->data;
  /* Translators: a column of the answers chart, short */
  d->na_label = _("N/A");
  /* Translators: a column of the answers chart, short */
  d->unknown_label = _("Don’t know");
  /* Translators: the legend's name for the bar under the chart */
  d->mean_label = _("Mean");
  d->agreed = self->agreed;
  d->mean = self->mean;
  d->font_scale = font_scale (self);
  d->palette = palette;
  /* drawn for the screen: the marks as images at its pixels */
  d->pixel_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
update_accessible (BsDistributionView *self)
{
  BsDistribution d;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_columns = self->stage_labels->len + 2;
  g_autofree guint *counts = g_new0 (guint, n_columns);

  fill_distribution (self, &d, NULL);
  for (guint i = 0; i < self->marks->len; i++)
    {
      int value = g_array_index (self->marks, BsDistributionMark, i).value;

      if (value >= 1 && (guint) value <= self->stage_labels->len)
        counts[value - 1]++;
      else if (value == BS_VALUE_NOT_APPLICABLE)
        counts[n_columns - 2]++;
      else if (value == BS_VALUE_UNKNOWN)
        counts[n_columns - 1]++;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      if (c < self->stage_labels->len)
        /* Translators: part of the answers chart's description for a
         * screen reader, e.g. "stage 2 Developing: 5" */
        g_string_append_printf (text, _("stage %u %s: %u"), c + 1,
                                (const char *) g_ptr_array_index (self->stage_labels, c), counts[c]);
      else
        g_string_append_printf (text, "%s: %u", c == n_columns - 2 ? d.na_label : d.unknown_label, counts[c]);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

/* The legend's roles and the scale's stages, and each respondent's role
 * in the legend. */
static void
collect_team (BsDistributionView *self)
{
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  BsFramework *framework;
  GListModel *respondents, *roles;
  g_autofree int *role_slot = NULL;
  const char *lang = bs_default_language ();
  guint n_roles, n;

  g_array_set_size (self->role_of, 0);
  g_ptr_array_set_size (self->role_labels, 0);
  g_ptr_array_set_size (self->stage_labels, 0);

  if (assessment == NULL)
    return;

  framework = bs_assessment_get_framework (assessment);
  respondents = bs_team_get_respondents (bs_assessment_get_team (assessment));
  roles = bs_framework_get_roles (framework);
  n_roles = g_list_model_get_n_items (roles);
  n = g_list_model_get_n_items (respondents);

  for (guint i = 1; i <= bs_framework_get_n_stages (framework); i++)
    g_ptr_array_add (self->stage_labels, g_strdup (bs_stage_get_name_text (bs_framework_get_stage (framework, i), lang)));

  /* Only the roles the team has, in the framework's order: a legend of
   * six roles with three of them at zero says nothing. */
  g_array_set_size (self->role_of, n);
  role_slot = g_new (int, MAX (n_roles, 1));
  for (guint r = 0; r < n_roles; r++)
    role_slot[r] = -1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, i);
      int index = bs_framework_get_role_index (framework, bs_respondent_get_role (respondent));

      g_array_index (self->role_of, int, i) = index >= 0 && (guint) index < n_roles ? index : -1;
      if (index >= 0 && (guint) index < n_roles)
        role_slot[index] = 0;
    }
  for (guint r = 0; r < n_roles; r++)
    if (role_slot[r] == 0)
      {
        g_autoptr(BsRole) role = g_list_model_get_item (roles, r);

        role_slot[r] = self->role_labels->len;
        g_ptr_array_add (self->role_labels, g_strdup (bs_role_get_name_text (role, lang)));
      }
  for (guint i = 0; i < n; i++)
    {
      int *slot = &g_array_index (self->role_of, int, i);

      if (*slot >= 0)
        *slot = role_slot[*slot];
    }
}

/* The respondents' answers to the statement, one mark each, and the
 * team's agreed answer and mean. */
static void
collect (BsDistributionView *self)
{
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  BsTeam *team;
  GListModel *respondents;
  BsAgreedAnswer *agreed;
  guint sum = 0, n_scored = 0;

  g_array_set_size (self->marks, 0);
  self->agreed = BS_VALUE_NONE;
  self->mean = NAN;
  self->cached_width = -1;

  if (assessment == NULL)
    return;
  if (self->statement_id == NULL)
    goto done;

  team = bs_assessment_get_team (assessment);
  respondents = bs_team_get_respondents (team);
  /* the team is collected again when it changes; this is a safeguard */
  if (self->role_of->len != g_list_model_get_n_items (respondents))
    collect_team (self);

  for (guint i = 0; i < self->role_of->len; i++)
    {
      g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, i);
      int slot = g_array_index (self->role_of, int, i);
      BsDistributionMark mark;

      mark.value = bs_respondent_get_value (respondent, self->statement_id);
      if (mark.value == BS_VALUE_NONE)
        continue;
      mark.role = slot >= 0 ? (guint) slot : 0;
      g_array_append_val (self->marks, mark);
      if (mark.value > 0)
        {
          sum += mark.value;
          n_scored++;
        }
    }

  if (n_scored > 0)
    self->mean = (double) sum / n_scored;

  agreed = bs_team_lookup_agreed (team, self->statement_id);
  if (agreed != NULL && bs_agreed_answer_is_set (agreed))
    self->agreed = bs_agreed_answer_get_value (agreed);

done:
  update_accessible (self);
}

static void
bs_distribution_view_changed (BsLevelView *view)
{
  BsDistributionView *self = BS_DISTRIBUTION_VIEW (view);

  collect_team (self);
  collect (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
bs_distribution_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  BsDistributionView *self = BS_DISTRIBUTION_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BsDistribution d;
  BsPalette palette;
  cairo_t *cr;

  if (bs_level_view_get_assessment (BS_LEVEL_VIEW (self)) == NULL || width <= 0 || height <= 0)
    return;

  bs_level_view_get_palette (BS_LEVEL_VIEW (self), &palette);
  fill_distribution (self, &d, &palette);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bs_distribution_draw (cr, width, &d);
  cairo_destroy (cr);
}

static void
bs_distribution_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  BsDistributionView *self = BS_DISTRIBUTION_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 640;
      return;
    }

  /* Without a width there is no height worth laying the chart out for
   * (a box asks before it gives the width): the last one, or a guess. */
  if (for_size < 0)
    {
      *minimum = *natural = self->cached_height > 0 ? self->cached_height : 240;
      return;
    }

  if (self->cached_width != for_size)
    {
      BsDistribution d;

      fill_distribution (self, &d, NULL);
      self->cached_width = for_size;
      self->cached_scale = d.font_scale;
      self->cached_height = (int) ceil (bs_distribution_get_height (&d, for_size));
    }

  *minimum = *natural = self->cached_height;
}

static GtkSizeRequestMode
bs_distribution_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
bs_distribution_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  BsDistributionView *self = BS_DISTRIBUTION_VIEW (widget);

  GTK_WIDGET_CLASS (bs_distribution_view_parent_class)->css_changed (widget, change);

  /* The style changes with every move of the focus nearby; only a new
   * text size (the meeting's large type) needs a new layout. */
  if (font_scale (self) != self->cached_scale)
    {
      self->cached_width = -1;
      gtk_widget_queue_resize (widget);
    }
}

static void
bs_distribution_view_constructed (GObject *object)
{
  G_OBJECT_CLASS (bs_distribution_view_parent_class)->constructed (object);

  collect_team (BS_DISTRIBUTION_VIEW (object));
  collect (BS_DISTRIBUTION_VIEW (object));
}

static void
bs_distribution_view_finalize (GObject *object)
{
  BsDistributionView *self = (BsDistributionView *) object;

  g_free (self->statement_id);
  g_array_unref (self->marks);
  g_array_unref (self->role_of);
  g_ptr_array_unref (self->role_labels);
  g_ptr_array_unref (self->stage_labels);

  G_OBJECT_CLASS (bs_distribution_view_parent_class)->finalize (object);
}

static void
bs_distribution_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BsDistributionView *self = BS_DISTRIBUTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->statement_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_distribution_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BsDistributionView *self = BS_DISTRIBUTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      bs_distribution_view_set_statement_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_distribution_view_class_init (BsDistributionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bs_distribution_view_constructed;
  object_class->finalize = bs_distribution_view_finalize;
  object_class->get_property = bs_distribution_view_get_property;
  object_class->set_property = bs_distribution_view_set_property;

  widget_class->snapshot = bs_distribution_view_snapshot;
  widget_class->measure = bs_distribution_view_measure;
  widget_class->get_request_mode = bs_distribution_view_get_request_mode;
  widget_class->css_changed = bs_distribution_view_css_changed;

  /* No kind: the base would name it after a level; this view names
   * itself after what it shows. */
  BS_LEVEL_VIEW_CLASS (klass)->changed = bs_distribution_view_changed;

  properties [PROP_STATEMENT_ID] =
    g_param_spec_string ("statement-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "distributionview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bs_distribution_view_init (BsDistributionView *self)
{
  self->marks = g_array_new (FALSE, FALSE, sizeof (BsDistributionMark));
  self->role_of = g_array_new (FALSE, FALSE, sizeof (int));
  self->role_labels = g_ptr_array_new_with_free_func (g_free);
  self->stage_labels = g_ptr_array_new_with_free_func (g_free);
  self->agreed = BS_VALUE_NONE;
  self->mean = NAN;
  self->cached_width = -1;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: what a screen reader calls the chart of one
                                   * statement's answers, one mark per respondent */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Answers of the team"),
                                  -1);
}

/**
 * bs_distribution_view_new:
 *
 * Returns: (transfer floating): a chart of the team's answers to one
 *   statement of @assessment, set with
 *   bs_distribution_view_set_statement_id()
 */
GtkWidget *
bs_distribution_view_new (BsAssessment *assessment)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (BS_TYPE_DISTRIBUTION_VIEW, "assessment", assessment, NULL);
}

const char *
bs_distribution_view_get_statement_id (BsDistributionView *self)
{
  g_return_val_if_fail (BS_IS_DISTRIBUTION_VIEW (self), NULL);

  return self->statement_id;
}

void
bs_distribution_view_set_statement_id (BsDistributionView *self,
                                       const char         *statement_id)
{
  g_return_if_fail (BS_IS_DISTRIBUTION_VIEW (self));

  if (g_strcmp0 (self->statement_id, statement_id) == 0)
    return;

  g_free (self->statement_id);
  self->statement_id = g_strdup (statement_id);
  collect (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATEMENT_ID]);
}

/**
 * bs_distribution_view_get_n_marks:
 *
 * Returns: the marks drawn: the respondents who answered the statement
 */
guint
bs_distribution_view_get_n_marks (BsDistributionView *self)
{
  g_return_val_if_fail (BS_IS_DISTRIBUTION_VIEW (self), 0);

  return self->marks->len;
}
