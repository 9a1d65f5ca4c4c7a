/* test-results.c: the results page in a real window: colours of the style, large screens, zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#ifdef BS_HAVE_POPPLER
# include <poppler.h>
#endif
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "bs-display.h"
#include "bs-palette.h"
#include "bs-radar-view.h"
#include "bs-results-page.h"
#include "bs-score-table-view.h"
#include "bs-window.h"
#include "bs-test-gui.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

static BsWindow *
results_window (int width,
                int height)
{
  g_autofree char *path = bs_test_example_path ("full-three-levels.blendscan");
  BsWindow *window = bs_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* GTK keeps a default size within the monitor; a projector's size on
   * the test's smaller screen needs a size request. */
  if (width > 1280)
    gtk_widget_set_size_request (GTK_WIDGET (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  bs_test_wait_mapped (GTK_WIDGET (window));

  bs_test_open (window, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "results");

  return window;
}

/* What the page shows behind the charts: the window's background. */
static BsRgb
window_background (GtkWidget *widget)
{
  GdkRGBA bg = { 1, 1, 1, 1 };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "window_bg_color", &bg));
  G_GNUC_END_IGNORE_DEPRECATIONS

  return (BsRgb) { bg.red, bg.green, bg.blue };
}

/* The widget as it is drawn on screen, over the page's background. */
static cairo_surface_t *
render_widget (GtkWidget   *widget,
               const BsRgb *background)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, background->red, background->green, background->blue);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static BsRgb
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 p;

  /* memcpy: a byte pointer cast to guint32 * may be misaligned (-Wcast-align). */
  memcpy (&p, data + y * cairo_image_surface_get_stride (surface) + x * 4, sizeof p);

  return (BsRgb) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static gboolean
same_color (const BsRgb *a,
            const BsRgb *b)
{
  return fabs (a->red - b->red) < 2 / 255.0 && fabs (a->green - b->green) < 2 / 255.0 &&
         fabs (a->blue - b->blue) < 2 / 255.0;
}

/* The strongest contrast any pixel of the rectangle has with the
 * background: a glyph's stem is the text's own colour, so for a rectangle
 * holding only text this is the contrast of the text. Pixel rows that are
 * drawn nearly across the whole rectangle are rules, not text, and are
 * left out with their neighbours. */
static double
text_contrast (cairo_surface_t *surface,
               const BsRgb     *background,
               int              x0,
               int              y0,
               int              x1,
               int              y1)
{
  int height = cairo_image_surface_get_height (surface);
  g_autofree gboolean *rule = g_new0 (gboolean, height + 2);
  double best = 1.0;

  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, cairo_image_surface_get_width (surface));
  y1 = MIN (y1, height);

  for (int y = y0; y < y1; y++)
    {
      int drawn = 0;

      for (int x = x0; x < x1; x++)
        {
          BsRgb c = pixel (surface, x, y);

          drawn += !same_color (&c, background);
        }
      if (x1 > x0 && drawn > (x1 - x0) * 0.9)
        rule[y] = TRUE;
    }

  for (int y = y0; y < y1; y++)
    {
      if (rule[y] || (y > 0 && rule[y - 1]) || rule[y + 1])
        continue;
      for (int x = x0; x < x1; x++)
        {
          BsRgb c = pixel (surface, x, y);

          best = MAX (best, bs_rgb_contrast (&c, background));
        }
    }

  return best;
}

static void
check_style (AdwColorScheme scheme,
             gboolean       dark)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(cairo_surface_t) table_image = NULL;
  g_autoptr(cairo_surface_t) radar_image = NULL;
  g_autoptr(BsRadarLayout) layout = NULL;
  BsRadarOptions options = { 0 };
  BsScoreTableView *table;
  BsRadarView *radar;
  BsPalette palette;
  BsRgb background;
  BsWindow *window;
  double contrast;
  int width;

  adw_style_manager_set_color_scheme (manager, scheme);
  window = results_window (1280, 900);
  g_assert_cmpint (adw_style_manager_get_dark (manager), ==, dark);

  radar = BS_RADAR_VIEW (bs_test_find_type (GTK_WIDGET (window), BS_TYPE_RADAR_VIEW));
  table = BS_SCORE_TABLE_VIEW (bs_test_find_type (GTK_WIDGET (window), BS_TYPE_SCORE_TABLE_VIEW));
  g_assert_nonnull (radar);
  g_assert_nonnull (table);
  bs_test_wait_for_width (GTK_WIDGET (table), 100);
  bs_test_wait_for_width (GTK_WIDGET (radar), 100);
  background = window_background (GTK_WIDGET (radar));
  g_assert_cmpint (bs_rgb_relative_luminance (&background) < 0.2, ==, dark);

  /* The colours the views draw in read on the page. */
  bs_level_view_get_palette (BS_LEVEL_VIEW (radar), &palette);
  g_assert_cmpfloat (bs_rgb_contrast (&palette.foreground, &background), >=, 4.5);
  g_assert_cmpfloat (bs_rgb_contrast (&palette.muted, &background), >=, 4.5);
  /* The halo behind the stage names is the page, not a light box. */
  g_assert_cmpfloat (bs_rgb_contrast (&palette.background, &background), <, 1.1);

  /* The table's dimension names, as drawn. */
  table_image = render_widget (GTK_WIDGET (table), &background);
  width = gtk_widget_get_width (GTK_WIDGET (table));
  contrast = text_contrast (table_image, &background, 0, 0, width * 0.38,
                            gtk_widget_get_height (GTK_WIDGET (table)));
  g_test_message ("%s table text contrast %.2f", dark ? "dark" : "light", contrast);
  g_assert_cmpfloat (contrast, >=, 4.5);

  /* The radar's dimension names and scores, where its layout put them. */
  radar_image = render_widget (GTK_WIDGET (radar), &background);
  width = gtk_widget_get_width (GTK_WIDGET (radar));
  options.flags = bs_radar_view_get_flags (radar) | BS_RADAR_SHOW_LEGEND;
  options.lang = bs_default_language ();
  options.font_scale = bs_radar_view_get_font_scale (radar, width);
  layout = bs_radar_layout_new (width, gtk_widget_get_height (GTK_WIDGET (radar)),
                                bs_window_get_assessment (window), "course", &options);
  g_assert_cmpuint (layout->n_axes, >, 0);
  for (guint i = 0; i < layout->n_axes; i++)
    {
      cairo_rectangle_t *b = &layout->label_boxes[i];

      contrast = text_contrast (radar_image, &background, floor (b->x), floor (b->y),
                                ceil (b->x + b->width), ceil (b->y + b->height));
      g_test_message ("%s radar label %u contrast %.2f", dark ? "dark" : "light", i, contrast);
      g_assert_cmpfloat (contrast, >=, 4.5);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_dark_style (void)
{
  BS_TEST_REQUIRE_DISPLAY ();

  check_style (ADW_COLOR_SCHEME_FORCE_DARK, TRUE);
}

static void
test_light_style (void)
{
  BS_TEST_REQUIRE_DISPLAY ();

  check_style (ADW_COLOR_SCHEME_FORCE_LIGHT, FALSE);
}

/* A window on a 1920×1080 screen: the radar takes a large share of the
 * column, and zoom makes the charts larger. */
static void
test_large_window_and_zoom (void)
{
  BsResultsPage *results;
  GtkWidget *radar, *table, *charts;
  BsWindow *window;
  int radar_width, table_height, zoomed_height;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1920, 1040);
  results = BS_RESULTS_PAGE (bs_window_get_results_page (window));
  radar = bs_test_find_type (GTK_WIDGET (results), BS_TYPE_RADAR_VIEW);
  table = bs_test_find_type (GTK_WIDGET (results), BS_TYPE_SCORE_TABLE_VIEW);
  bs_test_wait_for_width (GTK_WIDGET (window), 1900);
  bs_test_wait_for_width (radar, 100);

  charts = gtk_widget_get_parent (radar);
  radar_width = gtk_widget_get_width (radar);
  g_test_message ("radar %d × %d in a column of %d", radar_width, gtk_widget_get_height (radar),
                  gtk_widget_get_width (charts));
  g_assert_cmpint (radar_width, >=, gtk_widget_get_width (charts) / 2);
  g_assert_cmpint (radar_width, >=, 700);
  /* as tall as the chart needs, not a band of empty space */
  g_assert_cmpint (gtk_widget_get_height (radar), <=, radar_width);
  /* text grows with the chart */
  g_assert_cmpfloat (bs_radar_view_get_font_scale (BS_RADAR_VIEW (radar), radar_width), >, 1.2);
  g_assert_cmpfloat (bs_score_table_view_get_scale (BS_SCORE_TABLE_VIEW (table), gtk_widget_get_width (table)),
                     >=, 1.9);

  /* Zoom: the keys' actions exist only on the results page. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL) &&
                  bs_results_page_get_zoom (results) != 1.0);
  table_height = gtk_widget_get_height (table);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (bs_results_page_get_zoom (results), >, 1.0);
  g_assert_cmpfloat (bs_level_view_get_zoom (BS_LEVEL_VIEW (radar)), ==, bs_results_page_get_zoom (results));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  bs_test_pump ();
  for (guint i = 0; i < 200000 && gtk_widget_get_height (table) == table_height; i++)
    g_main_context_iteration (NULL, FALSE);
  zoomed_height = gtk_widget_get_height (table);
  g_test_message ("table %d px high, %d zoomed", table_height, zoomed_height);
  g_assert_cmpint (zoomed_height, >, table_height);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (bs_results_page_get_zoom (results), ==, 1.0);
  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat (bs_results_page_get_zoom (results), >=, 0.75);

  /* Leaving the results page, the zoom keys do nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-actions", NULL));
  bs_test_pump ();
  bs_results_page_set_zoom (results, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (bs_results_page_get_zoom (results), ==, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

static void
collect_radars (GtkWidget *widget,
                GPtrArray *radars)
{
  if (BS_IS_RADAR_VIEW (widget))
    g_ptr_array_add (radars, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_radars (child, radars);
}

/* The "Show Targets" switch is bound to every radar's flags, a
 * BsRadarFlags property. */
static void
test_target_switch (void)
{
  g_autoptr(GPtrArray) radars = g_ptr_array_new ();
  GParamSpec *pspec;
  GtkSwitch *target_switch;
  BsRadarFlags flags;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1280, 900);
  collect_radars (bs_window_get_results_page (window), radars);
  target_switch = GTK_SWITCH (bs_test_find_type (bs_window_get_results_page (window), GTK_TYPE_SWITCH));
  g_assert_cmpuint (radars->len, ==, 3);
  g_assert_nonnull (target_switch);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (radars->pdata[0]), "flags");
  g_assert_true (G_IS_PARAM_SPEC_FLAGS (pspec));
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == BS_TYPE_RADAR_FLAGS);

  gtk_switch_set_active (target_switch, !gtk_switch_get_active (target_switch));
  for (guint i = 0; i < radars->len; i++)
    {
      g_object_get (radars->pdata[i], "flags", &flags, NULL);
      g_assert_cmpint (flags & BS_RADAR_SHOW_TARGET, ==,
                       gtk_switch_get_active (target_switch) ? BS_RADAR_SHOW_TARGET : 0);
    }
  gtk_switch_set_active (target_switch, !gtk_switch_get_active (target_switch));
  for (guint i = 0; i < radars->len; i++)
    g_assert_cmpint (bs_radar_view_get_flags (radars->pdata[i]) & BS_RADAR_SHOW_TARGET, ==,
                     gtk_switch_get_active (target_switch) ? BS_RADAR_SHOW_TARGET : 0);

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* The largest gaps: the rows the core ranked, in its order, each named
 * for a screen reader; a message saying how to set targets without any. */
static void
test_largest_gaps (void)
{
  BsWindow *window;
  BsAssessment *assessment;
  GtkWidget *page, *list, *row;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  GListModel *framework_levels;
  guint i = 0;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1280, 900);
  page = bs_window_get_results_page (window);
  assessment = bs_window_get_assessment (window);
  list = find_named (page, "largest-gaps");
  g_assert_nonnull (list);
  g_assert_true (GTK_IS_LIST_BOX (list));

  levels = bs_gaps_level_scores (assessment);
  gaps = bs_gaps_largest_dimensions (levels, 5);
  /* The example sets targets below which several dimensions are. */
  g_assert_cmpuint (gaps->len, ==, 5);
  g_assert_cmpuint (count_rows (list), ==, gaps->len);
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row), i++)
    {
      const BsDimensionGap *gap = g_ptr_array_index (gaps, i);
      const char *dimension = bs_dimension_get_title_text (gap->dimension, bs_default_language ());
      const char *level = bs_level_get_title_text (gap->level, bs_default_language ());
      g_autofree char *score = bs_display_decimal (gap->score, 1);
      g_autofree char *target = bs_display_decimal (gap->target, 1);
      g_autofree char *sign = bs_display_gap_text (gap->gap);
      g_autofree char *name = g_strdup_printf ("%s, %s: score %s, target %s, gap %s", dimension, level, score,
                                               target, sign);
      g_autofree char *wrong = NULL;

      g_assert_true (ADW_IS_ACTION_ROW (row));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, dimension);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), level));
      g_assert_true (sign[0] == '+');
      g_assert_nonnull (bs_test_find_type (row, GTK_TYPE_LABEL));
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      g_assert_null (wrong);
      /* Keyboard: each row takes the focus. */
      g_assert_true (gtk_widget_get_focusable (row));
      if (i > 0)
        {
          const BsDimensionGap *before = g_ptr_array_index (gaps, i - 1);

          g_assert_cmpfloat (before->gap, >=, gap->gap);
        }
    }
  g_assert_null (find_named (list, "largest-gaps-empty"));

  /* Without targets: one row that says how to set them, live. */
  framework_levels = bs_framework_get_levels (bs_assessment_get_framework (assessment));
  for (guint l = 0; l < g_list_model_get_n_items (framework_levels); l++)
    {
      g_autoptr(BsLevel) lv = g_list_model_get_item (framework_levels, l);
      GListModel *dimensions = bs_level_get_dimensions (lv);

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dim = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dim);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));

              if (answer != NULL)
                bs_answer_set_target (answer, 0);
            }
        }
    }
  bs_test_pump ();
  g_assert_cmpuint (count_rows (list), ==, 1);
  row = find_named (list, "largest-gaps-empty");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Target"));

  bs_test_close_window (window);
  bs_test_pump ();
}

/* A dimension's own target, chosen on its page, is what its score is
 * measured against (else the mean of its statements' targets); it marks
 * the file changed and follows the page from dimension to dimension. */
static void
test_dimension_target (void)
{
  BsWindow *window;
  BsAssessment *assessment;
  BsDimensionPage *page;
  BsDimension *dimension;
  BsDimensionNotes *notes;
  GtkDropDown *dropdown;
  double from_statements;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1280, 900);
  assessment = bs_window_get_assessment (window);
  bs_window_show_dimension (window, "course", "flexibility");
  bs_test_pump ();
  page = bs_window_get_dimension_page (window);
  dimension = bs_dimension_page_get_dimension (page);
  g_assert_cmpstr (bs_dimension_get_id (dimension), ==, "flexibility");
  notes = bs_assessment_get_dimension_notes (assessment, "course", "flexibility");
  dropdown = bs_dimension_page_get_target_dropdown (page);

  g_assert_cmpuint (bs_dimension_notes_get_target (notes), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  from_statements = bs_score_dimension_target (assessment, dimension);
  g_assert_false (bs_window_get_dirty (window));

  gtk_drop_down_set_selected (dropdown, 4);
  g_assert_cmpuint (bs_dimension_notes_get_target (notes), ==, 4);
  g_assert_cmpfloat (bs_score_dimension_target (assessment, dimension), ==, 4.0);
  g_assert_true (bs_window_get_dirty (window));

  /* Another dimension shows its own, and coming back shows this one's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL));
  bs_test_pump ();
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (bs_dimension_notes_get_target (notes), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous", NULL));
  bs_test_pump ();
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 4);

  /* Back to none: the statements' targets count again. */
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_cmpfloat (bs_score_dimension_target (assessment, dimension), ==, from_statements);

  bs_window_set_assessment (window, assessment, NULL, FALSE);
  bs_test_close_window (window);
  bs_test_pump ();
}

/* Whether a window manager is there to make a window full screen: Xvfb
 * alone has none. */
static gboolean
can_fullscreen (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (widget);

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display), "_NET_WM_STATE_FULLSCREEN");
#endif

  return TRUE;
}

/* F11 and the menu's check box: one action that toggles the window. */
static void
test_fullscreen (void)
{
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1000, 700);
  /* The key and the menu item find the action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));

  if (!can_fullscreen (GTK_WIDGET (window)))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      bs_test_pump ();
      g_test_skip ("no window manager to go full screen");
      return;
    }

  for (guint i = 0; i < 200000 && !gtk_window_is_fullscreen (GTK_WINDOW (window)); i++)
    g_main_context_iteration (NULL, FALSE);
  bs_test_pump ();
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));
  for (guint i = 0; i < 200000 && gtk_window_is_fullscreen (GTK_WINDOW (window)); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  return contents;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';

  return n;
}

/* Scores and the action plan as CSV from the app: the same bytes the core
 * writes for the CLI; the notice that says so opens the file; the
 * dialogs open beside the assessment. */
static void
test_export_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-export-XXXXXX", NULL);
  g_autofree char *scores_path = g_build_filename (dir, "scores.csv", NULL);
  g_autofree char *actions_path = g_build_filename (dir, "actions.csv", NULL);
  g_autofree char *scores = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *example_dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  BsAssessment *assessment;
  BsWindow *window;
  AdwToast *toast;
  GVariant *target;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1000, 700);
  assessment = bs_window_get_assessment (window);

  g_assert_true (bs_window_export (window, BS_EXPORT_SCORES_CSV, scores_path, &error));
  g_assert_no_error (error);
  scores = read_file (scores_path);
  expected = bs_csv_format_scores (assessment, bs_default_language ());
  g_assert_cmpstr (scores, ==, expected);
  g_assert_true (g_str_has_prefix (scores, "level,dimension_id,dimension_title,score,answered,total,not_applicable,unknown\n"));
  /* 4 course, 3 programme and 8 institution dimensions */
  g_assert_cmpuint (count_lines (scores), ==, 1 + 4 + 3 + 8);
  g_assert_nonnull (strstr (scores, "\ncourse,"));

  g_assert_true (bs_window_export (window, BS_EXPORT_ACTIONS_CSV, actions_path, &error));
  g_assert_no_error (error);
  actions = read_file (actions_path);
  g_assert_true (g_str_has_prefix (actions, "level,dimension_id,dimension_title,action,owner,due,status\n"));
  g_assert_cmpuint (count_lines (actions), ==,
                    1 + g_list_model_get_n_items (bs_assessment_get_actions (assessment)));
  {
    g_autoptr(BsAction) first = g_list_model_get_item (bs_assessment_get_actions (assessment), 0);
    g_autoptr(GString) field = g_string_new (NULL);

    bs_csv_append_field (field, bs_action_get_description (first));
    g_assert_nonnull (strstr (actions, field->str));
    g_assert_nonnull (strstr (actions, bs_action_status_to_string (bs_action_get_status (first))));
  }

  /* The "exported" notice opens the file. */
  toast = bs_window_show_export_toast (window, "Exported", scores_path);
  file = g_file_new_for_path (scores_path);
  uri = g_file_get_uri (file);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "Open");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.open-export");
  target = adw_toast_get_action_target_value (toast);
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);

  /* Export dialogs open in the assessment's folder. */
  /* (A native chooser tells its folder only once shown.) */
  folder = bs_window_get_export_folder (window);
  g_assert_nonnull (folder);
  example_dir = g_path_get_dirname (bs_window_get_path (window));
  {
    g_autoptr(GFile) expected_folder = g_file_new_for_path (example_dir);

    g_assert_true (g_file_equal (folder, expected_folder));
  }

  /* A replaced export keeps its mode, a link keeps pointing at the file
   * that gets the new text, and no temporary file is left beside it. */
  {
    g_autofree char *target_path = g_build_filename (dir, "target.csv", NULL);
    g_autofree char *link_path = g_build_filename (dir, "link.csv", NULL);
    g_autofree char *through_link = NULL;
    g_autoptr(GDir) listing = NULL;
    struct stat st;
    guint n_files = 0;

    g_assert_cmpint (g_chmod (scores_path, 0600), ==, 0);
    g_assert_true (bs_window_export (window, BS_EXPORT_SCORES_CSV, scores_path, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (scores_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);

    g_assert_true (g_file_set_contents (target_path, "old", -1, NULL));
    g_assert_cmpint (symlink ("target.csv", link_path), ==, 0);
    g_assert_true (bs_window_export (window, BS_EXPORT_SCORES_CSV, link_path, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
    through_link = read_file (target_path);
    g_assert_cmpstr (through_link, ==, scores);

    listing = g_dir_open (dir, 0, NULL);
    while (g_dir_read_name (listing) != NULL)
      n_files++;
    /* scores, actions, target and link */
    g_assert_cmpuint (n_files, ==, 4);
    g_unlink (link_path);
    g_unlink (target_path);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
  g_unlink (scores_path);
  g_unlink (actions_path);
  g_rmdir (dir);
}

/* A folder that cannot be written to: the message names the file, in the
 * words of the app rather than of the print system. (A file where a
 * folder should be: the tests may run as root, for whom every folder is
 * writable.) */
static void
test_export_error_names_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-export-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *pdf = g_build_filename (blocker, "rapport.pdf", NULL);
  g_autofree char *csv = g_build_filename (blocker, "scores.csv", NULL);
  g_autoptr(GError) error = NULL;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  window = results_window (1000, 700);

  g_assert_false (bs_window_export (window, BS_EXPORT_PDF, pdf, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "rapport.pdf"));
  g_assert_null (strstr (error->message, "output stream"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (bs_window_export (window, BS_EXPORT_SCORES_CSV, csv, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "scores.csv"));
  g_clear_error (&error);

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
  g_unlink (blocker);
  g_rmdir (dir);
}

/* The PDF says what it is without being opened: title, author, subject
 * and creation date, read back with poppler. */
static void
test_pdf_metadata (void)
{
#ifdef BS_HAVE_POPPLER
  g_autofree char *dir = g_dir_make_tmp ("blendscan-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc;
  BsAssessment *assessment;
  BsWindow *window;
  GDateTime *created;

  BS_TEST_REQUIRE_DISPLAY ();

  window = results_window (1000, 700);
  assessment = bs_window_get_assessment (window);
  g_assert_true (bs_window_export (window, BS_EXPORT_PDF, pdf, &error));
  g_assert_no_error (error);

  uri = g_filename_to_uri (pdf, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  title = poppler_document_get_title (doc);
  author = poppler_document_get_author (doc);
  subject = poppler_document_get_subject (doc);
  created = poppler_document_get_creation_date_time (doc);
  g_test_message ("title “%s”, author “%s”, subject “%s”", title, author, subject);
  g_assert_cmpstr (title, ==, bs_assessment_get_title (assessment));
  g_assert_cmpstr (author, ==, bs_assessment_get_facilitator (assessment));
  g_assert_nonnull (subject);
  g_assert_nonnull (strstr (subject, bs_assessment_get_institution (assessment)));
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_get_year (created), >=, 2024);
  g_date_time_unref (created);
  g_object_unref (doc);

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
  g_unlink (pdf);
  g_rmdir (dir);
#else
  g_test_skip ("built without poppler-glib");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/results/dark-style", test_dark_style);
  g_test_add_func ("/app/results/light-style", test_light_style);
  g_test_add_func ("/app/results/large-window-and-zoom", test_large_window_and_zoom);
  g_test_add_func ("/app/results/fullscreen", test_fullscreen);
  g_test_add_func ("/app/results/target-switch", test_target_switch);
  g_test_add_func ("/app/results/largest-gaps", test_largest_gaps);
  g_test_add_func ("/app/results/dimension-target", test_dimension_target);
  g_test_add_func ("/app/results/export-csv", test_export_csv);
  g_test_add_func ("/app/results/export-error-names-file", test_export_error_names_file);
  g_test_add_func ("/app/results/pdf-metadata", test_pdf_metadata);

  return g_test_run ();
}
