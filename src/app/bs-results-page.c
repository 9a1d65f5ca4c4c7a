/* bs-results-page.c: one radar and score table per level, live as answers change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bs-chart-export.h"
#include "bs-display.h"
#include "bs-radar-view.h"
#include "bs-results-page.h"
#include "bs-score-table-view.h"
#include "bs-window.h"

struct _BsResultsPage
{
  GtkWidget             parent_instance;

  GtkWidget            *scrolled;
  BsAssessment         *assessment;
  GPtrArray            *radars;
  /* the radars and tables, which follow the zoom */
  GPtrArray            *views;
  GtkFileChooserNative *chooser;
  double                zoom;

  GtkBox               *levels_box;
  GtkSwitch            *target_switch;
  GtkWidget            *gaps_group;
  GtkListBox           *gaps_list;
};

G_DEFINE_FINAL_TYPE (BsResultsPage, bs_results_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The zoom steps, as a browser has them: Ctrl+plus and Ctrl+minus walk
 * them, Ctrl+0 goes back to 1. */
static const double zoom_steps[] = { 0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

/* Charts are exported square, large enough for a slide or a report. */
#define EXPORT_SIZE_PX 1200

#define LEVEL_KEY "bs-level-id"

/* Enough to choose where to start; the report lists them all per level. */
#define MAX_GAPS 5

static BsRadarFlags
current_flags (BsResultsPage *self)
{
  return gtk_switch_get_active (self->target_switch) ? BS_RADAR_SHOW_TARGET : 0;
}

static GtkWidget *
gap_row_new (const BsDimensionGap *gap)
{
  const char *lang = bs_default_language ();
  const char *dimension = bs_dimension_get_title_text (gap->dimension, lang);
  const char *level = bs_level_get_title_text (gap->level, lang);
  g_autofree char *score = bs_display_decimal (gap->score, 1);
  g_autofree char *target = bs_display_decimal (gap->target, 1);
  g_autofree char *difference = bs_display_gap_text (gap->gap);
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row, *label;

  /* Translators: under a dimension in the largest gaps: its level, its
   * current score and its target, e.g. "Course level · score 2.0 → target 3.5" */
  subtitle = g_strdup_printf (_("%s · score %s → target %s"), level, score, target);
  /* Translators: what a screen reader says of a row of the largest gaps,
   * e.g. "Flexibility, Course level: score 2.0, target 3.5, gap +1.5" */
  name = g_strdup_printf (_("%s, %s: score %s, target %s, gap %s"), dimension, level, score, target, difference);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dimension);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "property");

  label = gtk_label_new (difference);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  /* One name for the whole row, so it is read as one sentence. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return row;
}

static GtkWidget *
gap_message_row_new (const char *title,
                     const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("%s. %s", title, subtitle);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, "largest-gaps-empty");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return row;
}

/* The largest gaps as the core ranks them (bs_gaps_largest_dimensions()),
 * or why there are none. */
static void
update_gaps (BsResultsPage *self)
{
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->gaps_list))) != NULL)
    gtk_list_box_remove (self->gaps_list, child);

  if (self->assessment == NULL)
    return;

  levels = bs_gaps_level_scores (self->assessment);
  gaps = bs_gaps_largest_dimensions (levels, MAX_GAPS);

  if (!bs_gaps_any_target (levels))
    gtk_list_box_append (self->gaps_list,
                         gap_message_row_new (_("No Targets Set"),
                                              _("Choose a target for statements on the dimension pages "
                                                "(Target, beside the stages): a dimension’s target is the "
                                                "mean of its statements’ targets.")));
  else if (gaps->len == 0)
    gtk_list_box_append (self->gaps_list,
                         gap_message_row_new (_("No Gaps"),
                                              _("Every dimension with a target and a score has reached it.")));

  for (guint i = 0; i < gaps->len; i++)
    gtk_list_box_append (self->gaps_list, gap_row_new (g_ptr_array_index (gaps, i)));
}

static void
level_changed_cb (GtkWidget *section)
{
  BsResultsPage *self = BS_RESULTS_PAGE (gtk_widget_get_ancestor (section, BS_TYPE_RESULTS_PAGE));
  GtkLabel *score_label = g_object_get_data (G_OBJECT (section), "score-label");
  const char *level_id = g_object_get_data (G_OBJECT (section), LEVEL_KEY);
  BsLevel *level;
  g_autofree char *score_text = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *text = NULL;
  BsScore score;

  if (self == NULL || self->assessment == NULL)
    return;

  level = bs_framework_lookup_level (bs_assessment_get_framework (self->assessment), level_id);
  bs_score_level (self->assessment, level, &score);
  score_text = bs_display_score_text (&score);
  progress = bs_score_answered_text (&score);
  /* Translators: a level's score and how many statements are answered,
   * e.g. "Score 2.4 · 19 of 20 answered (18 scored, 1 N/A)" */
  text = g_strdup_printf (_("Score %s · %s"), score_text, progress);
  gtk_label_set_label (score_label, text);
}

static void
export_response_cb (BsResultsPage        *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  const char *level_id = g_object_get_data (G_OBJECT (chooser), LEVEL_KEY);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);

      if (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg"))
        {
          GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
          const char *suffix = g_object_get_data (G_OBJECT (filter), "suffix");
          char *full = g_strconcat (path, suffix != NULL ? suffix : ".png", NULL);

          g_free (path);
          path = full;
        }

      if (bs_results_page_export_chart (self, level_id, path, &error))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

          if (BS_IS_WINDOW (root))
            bs_window_show_export_toast (BS_WINDOW (root), _("Chart exported"), path);
        }
      else
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                      _("Could Not Export Chart"), error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_clear_object (&self->chooser);
}

static void
export_clicked_cb (GtkButton     *button,
                   BsResultsPage *self)
{
  const char *level_id = g_object_get_data (G_OBJECT (button), LEVEL_KEY);
  g_autoptr(GtkFileFilter) png = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) svg = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  gtk_file_filter_set_name (png, _("PNG image"));
  gtk_file_filter_add_suffix (png, "png");
  g_object_set_data (G_OBJECT (png), "suffix", (gpointer) ".png");
  gtk_file_filter_set_name (svg, _("SVG drawing"));
  gtk_file_filter_add_suffix (svg, "svg");
  g_object_set_data (G_OBJECT (svg), "suffix", (gpointer) ".svg");

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), svg);
  name = g_strconcat (level_id, "-radar.png", NULL);
  if (BS_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    bs_window_set_chooser_folder (BS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                  GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), LEVEL_KEY, g_strdup (level_id), g_free);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
active_to_flags (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_set_flags (to, g_value_get_boolean (from) ? BS_RADAR_SHOW_TARGET : 0);

  return TRUE;
}

/* The radar and the score table of a level side by side when both fit at
 * their natural width, else one above the other. Side by side, the table
 * takes two fifths and the radar the rest: on a large screen the chart
 * grows with the window rather than leaving an empty band. A GtkBox with
 * this layout, so that it removes its children when disposed. */
#define CHART_SPACING  24
#define TABLE_SHARE    0.4

static gboolean
charts_side_by_side (GtkWidget *radar,
                     GtkWidget *table,
                     int        width,
                     int       *radar_width,
                     int       *table_width)
{
  int radar_natural, table_natural;

  gtk_widget_measure (radar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &radar_natural, NULL, NULL);
  gtk_widget_measure (table, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &table_natural, NULL, NULL);

  if (width < radar_natural + CHART_SPACING + table_natural)
    {
      *radar_width = *table_width = width;
      return FALSE;
    }

  *table_width = MAX (table_natural, (int) (width * TABLE_SHARE));
  *radar_width = width - CHART_SPACING - *table_width;
  return TRUE;
}

static GtkSizeRequestMode
charts_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
charts_measure (GtkWidget      *widget,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  GtkWidget *radar = gtk_widget_get_first_child (widget);
  GtkWidget *table = gtk_widget_get_next_sibling (radar);
  int radar_min, radar_nat, table_min, table_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked is the narrowest; side by side the most natural. */
      gtk_widget_measure (radar, orientation, -1, &radar_min, &radar_nat, NULL, NULL);
      gtk_widget_measure (table, orientation, -1, &table_min, &table_nat, NULL, NULL);
      *minimum = MAX (radar_min, table_min);
      *natural = radar_nat + CHART_SPACING + table_nat;
    }
  else
    {
      int width = for_size, radar_width, table_width;

      if (width < 0)
        gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      gtk_widget_measure (radar, GTK_ORIENTATION_HORIZONTAL, -1, &radar_min, NULL, NULL, NULL);
      gtk_widget_measure (table, GTK_ORIENTATION_HORIZONTAL, -1, &table_min, NULL, NULL, NULL);
      width = MAX (width, MAX (radar_min, table_min));

      if (charts_side_by_side (radar, table, width, &radar_width, &table_width))
        {
          gtk_widget_measure (radar, orientation, radar_width, NULL, &radar_nat, NULL, NULL);
          gtk_widget_measure (table, orientation, table_width, NULL, &table_nat, NULL, NULL);
          *minimum = *natural = MAX (radar_nat, table_nat);
        }
      else
        {
          gtk_widget_measure (radar, orientation, radar_width, NULL, &radar_nat, NULL, NULL);
          gtk_widget_measure (table, orientation, table_width, NULL, &table_nat, NULL, NULL);
          *minimum = *natural = radar_nat + CHART_SPACING / 2 + table_nat;
        }
    }
}

static void
charts_allocate (GtkWidget *widget,
                 int        width,
                 int        height,
                 int        baseline)
{
  GtkWidget *radar = gtk_widget_get_first_child (widget);
  GtkWidget *table = gtk_widget_get_next_sibling (radar);
  int radar_width, table_width, radar_height, table_height;
  gboolean side = charts_side_by_side (radar, table, width, &radar_width, &table_width);

  gtk_widget_measure (radar, GTK_ORIENTATION_VERTICAL, radar_width, NULL, &radar_height, NULL, NULL);
  gtk_widget_measure (table, GTK_ORIENTATION_VERTICAL, table_width, NULL, &table_height, NULL, NULL);

  if (side)
    {
      gtk_widget_size_allocate (radar, &(GtkAllocation) { 0, 0, radar_width, radar_height }, -1);
      gtk_widget_size_allocate (table, &(GtkAllocation) { radar_width + CHART_SPACING, 0,
                                                          table_width, table_height }, -1);
    }
  else
    {
      gtk_widget_size_allocate (radar, &(GtkAllocation) { 0, 0, width, radar_height }, -1);
      gtk_widget_size_allocate (table, &(GtkAllocation) { 0, radar_height + CHART_SPACING / 2,
                                                          width, table_height }, -1);
    }
}

static GtkWidget *
level_section_new (BsResultsPage *self,
                   BsLevel       *level)
{
  const char *lang = bs_default_language ();
  const char *level_id = bs_level_get_id (level);
  GtkWidget *section, *header, *title, *score_label, *charts, *radar, *table, *button;

  section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_object_set_data_full (G_OBJECT (section), LEVEL_KEY, g_strdup (level_id), g_free);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = gtk_label_new (bs_level_get_title_text (level, lang));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (header), title);

  score_label = gtk_label_new (NULL);
  gtk_widget_set_hexpand (score_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (score_label), 0);
  /* Wraps rather than widening the page beyond a small window. */
  gtk_label_set_wrap (GTK_LABEL (score_label), TRUE);
  gtk_widget_set_valign (score_label, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (score_label, "dim-label");
  gtk_widget_add_css_class (score_label, "numeric");
  gtk_box_append (GTK_BOX (header), score_label);

  button = gtk_button_new_with_mnemonic (_("E_xport Chart…"));
  {
    /* One "Export Chart…" per level: the name says which. Set as the only
     * name, without the mnemonic label's, so it is read once. */
    /* Translators: accessible name of a button; %s is a level */
    g_autofree char *name = g_strdup_printf (_("Export Chart of %s…"), bs_level_get_title_text (level, lang));

    gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Save this radar chart as PNG or SVG"));
  g_object_set_data_full (G_OBJECT (button), LEVEL_KEY, g_strdup (level_id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (export_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (section), header);

  /* A flow box would size the chart for its natural width, not the one
   * it is given, and leave it small on a large screen. */
  charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_layout_manager (charts, gtk_custom_layout_new (charts_request_mode, charts_measure,
                                                                charts_allocate));

  radar = bs_radar_view_new (self->assessment, level_id);
  /* The switch is the one place the overlays are chosen; every radar
   * follows it. */
  g_object_bind_property_full (self->target_switch, "active", radar, "flags", G_BINDING_SYNC_CREATE,
                               active_to_flags, NULL, NULL, NULL);
  bs_level_view_set_zoom (BS_LEVEL_VIEW (radar), self->zoom);
  gtk_widget_set_hexpand (radar, TRUE);
  /* Named and described by BsLevelView itself: kind, level and scores. */
  g_ptr_array_add (self->radars, radar);
  g_ptr_array_add (self->views, radar);
  gtk_box_append (GTK_BOX (charts), radar);

  table = bs_score_table_view_new (self->assessment, level_id);
  bs_level_view_set_zoom (BS_LEVEL_VIEW (table), self->zoom);
  g_ptr_array_add (self->views, table);
  gtk_widget_set_hexpand (table, TRUE);
  gtk_box_append (GTK_BOX (charts), table);
  gtk_box_append (GTK_BOX (section), charts);

  g_object_set_data (G_OBJECT (section), "score-label", score_label);
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (level_changed_cb), section, G_CONNECT_SWAPPED);

  return section;
}

static void
bs_results_page_dispose (GObject *object)
{
  BsResultsPage *self = (BsResultsPage *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_RESULTS_PAGE);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_results_page_parent_class)->dispose (object);
}

static void
bs_results_page_finalize (GObject *object)
{
  BsResultsPage *self = (BsResultsPage *) object;

  g_ptr_array_unref (self->radars);
  g_ptr_array_unref (self->views);

  G_OBJECT_CLASS (bs_results_page_parent_class)->finalize (object);
}

static void
bs_results_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BsResultsPage *self = BS_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_results_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BsResultsPage *self = BS_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      bs_results_page_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_results_page_class_init (BsResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_results_page_dispose;
  object_class->finalize = bs_results_page_finalize;
  object_class->get_property = bs_results_page_get_property;
  object_class->set_property = bs_results_page_set_property;

  /**
   * BsResultsPage:zoom:
   *
   * How much larger the charts and tables are drawn than by default.
   */
  properties [PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.5, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-results-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsResultsPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BsResultsPage, levels_box);
  gtk_widget_class_bind_template_child (widget_class, BsResultsPage, target_switch);
  gtk_widget_class_bind_template_child (widget_class, BsResultsPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, BsResultsPage, gaps_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bs_results_page_init (BsResultsPage *self)
{
  self->radars = g_ptr_array_new ();
  self->views = g_ptr_array_new ();
  self->zoom = 1.0;

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bs_results_page_new (void)
{
  return g_object_new (BS_TYPE_RESULTS_PAGE, NULL);
}

/**
 * bs_results_page_set_assessment:
 *
 * Shows a radar and score table for each level @assessment includes.
 */
void
bs_results_page_set_assessment (BsResultsPage *self,
                                BsAssessment  *assessment)
{
  GListModel *levels;
  GtkWidget *child;

  g_return_if_fail (BS_IS_RESULTS_PAGE (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, update_gaps, self);
  g_set_object (&self->assessment, assessment);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (update_gaps), self, G_CONNECT_SWAPPED);
  g_ptr_array_set_size (self->radars, 0);
  g_ptr_array_set_size (self->views, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->levels_box))) != NULL)
    gtk_box_remove (self->levels_box, child);

  levels = bs_framework_get_levels (bs_assessment_get_framework (assessment));
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GtkWidget *section;

      if (!bs_assessment_includes_level (assessment, bs_level_get_id (level)))
        continue;

      section = level_section_new (self, level);
      gtk_box_append (self->levels_box, section);
      level_changed_cb (section);
    }

  update_gaps (self);
}

void
bs_results_page_set_show_target (BsResultsPage *self,
                                 gboolean       show_target)
{
  g_return_if_fail (BS_IS_RESULTS_PAGE (self));

  gtk_switch_set_active (self->target_switch, show_target);
}

double
bs_results_page_get_zoom (BsResultsPage *self)
{
  g_return_val_if_fail (BS_IS_RESULTS_PAGE (self), 1.0);

  return self->zoom;
}

/**
 * bs_results_page_set_zoom:
 * @zoom: 1.0 is the default size, from 0.5 to 4.0
 *
 * Draws the charts and tables larger or smaller: for a projector, or a
 * room that reads the screen from a distance.
 */
void
bs_results_page_set_zoom (BsResultsPage *self,
                          double         zoom)
{
  g_return_if_fail (BS_IS_RESULTS_PAGE (self));

  zoom = CLAMP (zoom, 0.5, 4.0);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  for (guint i = 0; i < self->views->len; i++)
    bs_level_view_set_zoom (g_ptr_array_index (self->views, i), zoom);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}

/**
 * bs_results_page_zoom_step:
 * @direction: 1 to zoom in, -1 to zoom out, 0 to go back to 1.0
 *
 * Returns: %TRUE if the zoom changed; %FALSE at either end of the steps
 */
gboolean
bs_results_page_zoom_step (BsResultsPage *self,
                           int            direction)
{
  double zoom = 1.0;

  g_return_val_if_fail (BS_IS_RESULTS_PAGE (self), FALSE);

  if (direction > 0)
    {
      zoom = self->zoom;
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > self->zoom + 1e-6)
          {
            zoom = zoom_steps[i];
            break;
          }
    }
  else if (direction < 0)
    {
      zoom = self->zoom;
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < self->zoom - 1e-6)
          {
            zoom = zoom_steps[i - 1];
            break;
          }
    }

  if (zoom == self->zoom)
    return FALSE;

  bs_results_page_set_zoom (self, zoom);
  return TRUE;
}

guint
bs_results_page_get_n_charts (BsResultsPage *self)
{
  g_return_val_if_fail (BS_IS_RESULTS_PAGE (self), 0);

  return self->radars->len;
}

/**
 * bs_results_page_export_chart:
 * @path: ends in .png or .svg, which picks the format
 *
 * Saves the radar of @level_id as it is shown, overlays included.
 */
gboolean
bs_results_page_export_chart (BsResultsPage  *self,
                              const char     *level_id,
                              const char     *path,
                              GError        **error)
{
  BsRadarOptions options = { 0 };

  g_return_val_if_fail (BS_IS_RESULTS_PAGE (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);

  options.flags = current_flags (self) | BS_RADAR_SHOW_LEGEND;
  options.lang = bs_default_language ();
  options.font_scale = 1.0;

  return bs_chart_export (self->assessment, level_id, &options, EXPORT_SIZE_PX, path, error);
}
