/* bs-radar.c: the radar chart of one level, drawn onto any cairo context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bs-radar.h"
#include "bs-render-private.h"
#include "bs-report-strings.h"

G_DEFINE_FLAGS_TYPE (BsRadarFlags, bs_radar_flags,
  G_DEFINE_ENUM_VALUE (BS_RADAR_SHOW_TARGET, "target"),
  G_DEFINE_ENUM_VALUE (BS_RADAR_SHOW_PREVIOUS, "previous"),
  G_DEFINE_ENUM_VALUE (BS_RADAR_SHOW_SPREAD, "spread"),
  G_DEFINE_ENUM_VALUE (BS_RADAR_SHOW_LEGEND, "legend"))

typedef enum
{
  LEGEND_CURRENT,
  LEGEND_TARGET,
  LEGEND_PREVIOUS,
  LEGEND_SPREAD,
} LegendKind;

typedef struct
{
  LegendKind         kind;
  PangoLayout       *layout;
  cairo_rectangle_t  box;       /* swatch and text together */
} LegendItem;

typedef struct
{
  PangoContext      *context;
  GPtrArray         *labels;       /* PangoLayout, one per axis */
  GPtrArray         *ring_labels;  /* PangoLayout or NULL, one per stage */
  cairo_rectangle_t *ring_boxes;
  GArray            *legend;       /* LegendItem */
  double            *current;
  double            *target;
  double            *previous;     /* NULL without a previous assessment */
  /* the legend's name of the previous series when it is the baseline,
   * "Last cycle (12 May 2025)"; NULL for a previous assessment given */
  char              *previous_name;
  double            *spread_min;   /* NULL: not asked for, or no team scores */
  double            *spread_max;
  double             line_width;
  double             legend_size;
  const BsPalette   *palette;
} RadarPriv;

/* Label options tried from the most to the least comfortable: a smaller
 * font and narrower labels give the plot room on a small surface. */
static const double font_steps[] = { 1.0, 0.88, 0.76, 0.66 };
static const double wrap_steps[] = { 0.32, 0.26, 0.21, 0.17 };

static double
rect_distance (const cairo_rectangle_t *r)
{
  double dx = r->x > 0 ? r->x : (r->x + r->width < 0 ? -(r->x + r->width) : 0);
  double dy = r->y > 0 ? r->y : (r->y + r->height < 0 ? -(r->y + r->height) : 0);

  return sqrt (dx * dx + dy * dy);
}

/* An empty box is a label left out: it meets nothing. */
static gboolean
rects_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b,
                 double                   pad)
{
  if (a->width <= 0 || b->width <= 0)
    return FALSE;

  return a->x < b->x + b->width + pad && b->x < a->x + a->width + pad &&
         a->y < b->y + b->height + pad && b->y < a->y + a->height + pad;
}

static void
axis_direction (guint   n_axes,
                guint   axis,
                double *c,
                double *s)
{
  double angle = -G_PI / 2 + 2 * G_PI * axis / MAX (n_axes, 1);

  *c = cos (angle);
  *s = sin (angle);
  /* Exact zeros keep the top and bottom labels centred on their axis. */
  if (fabs (*c) < 1e-9)
    *c = 0;
  if (fabs (*s) < 1e-9)
    *s = 0;
}

/* Places the label boxes around a circle of radius r centred on (0, 0):
 * each box hangs off its axis end on the side facing away from the centre,
 * then moves outwards until no point of it is nearer than r + gap. */
static void
place_labels (guint                n_axes,
              const double        *widths,
              const double        *heights,
              double               r,
              double               gap,
              cairo_rectangle_t   *boxes)
{
  double d = r + gap;

  for (guint i = 0; i < n_axes; i++)
    {
      cairo_rectangle_t *b = &boxes[i];
      double c, s;

      axis_direction (n_axes, i, &c, &s);
      b->width = widths[i];
      b->height = heights[i];
      b->x = d * c - widths[i] * (1 - c) / 2;
      b->y = d * s - heights[i] * (1 - s) / 2;

      for (guint k = 0; k < 8; k++)
        {
          double dist = rect_distance (b);

          if (dist >= d - 1e-6)
            break;
          b->x += (d - dist + 0.25) * c;
          b->y += (d - dist + 0.25) * s;
        }
    }
}

static void
extent_of (guint                    n_axes,
           const cairo_rectangle_t *boxes,
           double                   r,
           double                  *x1,
           double                  *y1,
           double                  *x2,
           double                  *y2)
{
  *x1 = *y1 = -r;
  *x2 = *y2 = r;
  for (guint i = 0; i < n_axes; i++)
    {
      *x1 = MIN (*x1, boxes[i].x);
      *y1 = MIN (*y1, boxes[i].y);
      *x2 = MAX (*x2, boxes[i].x + boxes[i].width);
      *y2 = MAX (*y2, boxes[i].y + boxes[i].height);
    }
}

static gboolean
labels_overlap (guint                    n_axes,
                const cairo_rectangle_t *boxes,
                double                   pad)
{
  for (guint i = 0; i < n_axes; i++)
    for (guint j = i + 1; j < n_axes; j++)
      if (rects_intersect (&boxes[i], &boxes[j], pad))
        return TRUE;

  return FALSE;
}

/* The largest radius for which the labels fit into avail_w × avail_h. */
static double
fit_radius (guint              n_axes,
            const double      *widths,
            const double      *heights,
            double             gap,
            double             avail_w,
            double             avail_h,
            cairo_rectangle_t *boxes)
{
  double lo = 0, hi = MIN (avail_w, avail_h) / 2;

  for (guint k = 0; k < 30; k++)
    {
      double mid = (lo + hi) / 2, x1, y1, x2, y2;

      place_labels (n_axes, widths, heights, mid, gap, boxes);
      extent_of (n_axes, boxes, mid, &x1, &y1, &x2, &y2);
      if (x2 - x1 <= avail_w && y2 - y1 <= avail_h)
        lo = mid;
      else
        hi = mid;
    }

  place_labels (n_axes, widths, heights, lo, gap, boxes);

  return lo;
}

/* A label longer than this is cut with an ellipsis: a framework's title
 * of 300 characters would leave no room for the plot, nor for the other
 * labels. The score table and the report give the title in full. */
#define MAX_LABEL_CHARS 48

/* Labels wrap between words only, so that "Professionalisering" stays
 * whole; a word longer than a label can be wide (a code, a pasted link)
 * gets a place to break, a zero-width space, every MAX_WORD_CHARS
 * (Dutch compounds such as "kwaliteitszorgmedewerker" are 24). */
#define MAX_WORD_CHARS 24

static char *
break_long_words (const char *text)
{
  GString *out = g_string_new (NULL);
  guint run = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        run = 0;
      else if (run++ == MAX_WORD_CHARS)
        {
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
axis_label_markup (BsDimension     *dimension,
                   double           value,
                   const char      *lang,
                   const BsPalette *palette)
{
  const char *full = bs_dimension_get_title_text (dimension, lang);
  g_autofree char *cut = NULL;
  g_autofree char *broken = NULL;
  const char *title = full;

  if (g_utf8_strlen (full, MAX_LABEL_CHARS + 1) > MAX_LABEL_CHARS)
    {
      g_autofree char *start = g_utf8_substring (full, 0, MAX_LABEL_CHARS - 1);

      cut = g_strconcat (g_strchomp (start), "…", NULL);
      title = cut;
    }
  broken = break_long_words (title);
  title = broken;

  if (isnan (value))
    {
      g_autofree char *color = NULL;

      /* Paper keeps the grey it has always printed. */
      if (palette == bs_palette_get_print ())
        color = g_strdup ("#66666c");
      else
        color = g_strdup_printf ("#%02x%02x%02x", (int) round (palette->muted.red * 255),
                                 (int) round (palette->muted.green * 255), (int) round (palette->muted.blue * 255));

      return g_markup_printf_escaped ("%s\n<span style=\"italic\" foreground=\"%s\">%s</span>",
                                      title, color, _bs_report_string (BS_STR_NO_ANSWER, lang));
    }
  else
    {
      g_autofree char *score = _bs_report_format_score (value, lang);

      return g_markup_printf_escaped ("%s\n<span weight=\"bold\">%s</span>", title, score);
    }
}

/* "Last cycle (12 May 2025)", or "Last cycle" without a date */
static char *
baseline_name (BsBaseline *baseline,
               const char *lang)
{
  g_autofree char *date = _bs_report_format_date (bs_baseline_get_date (baseline), lang);

  if (*date == '\0')
    return g_strdup (_bs_report_string (BS_STR_LAST_CYCLE, lang));

  return g_strconcat (_bs_report_string (BS_STR_LAST_CYCLE, lang), " (", date, ")", NULL);
}

static void
layout_legend (BsRadarLayout        *layout,
               RadarPriv            *priv,
               const BsRadarOptions *options,
               const char           *lang,
               double                width,
               double                height,
               double                margin)
{
  double size = round (layout->font_size * 0.9 * 2) / 2;
  double swatch = size * 1.8, row_h = size * 1.5, spacing = size * 1.4;
  double x = 0, y = 0, row_start = 0;
  LegendKind kinds[4];
  guint n_kinds = 0;

  priv->legend_size = size;
  kinds[n_kinds++] = LEGEND_CURRENT;
  if (options->flags & BS_RADAR_SHOW_TARGET)
    kinds[n_kinds++] = LEGEND_TARGET;
  if (priv->previous != NULL)
    kinds[n_kinds++] = LEGEND_PREVIOUS;
  if (priv->spread_min != NULL)
    kinds[n_kinds++] = LEGEND_SPREAD;

  for (guint i = 0; i < n_kinds; i++)
    {
      static const BsReportString names[] = {
        [LEGEND_CURRENT] = BS_STR_CURRENT,
        [LEGEND_TARGET] = BS_STR_TARGET,
        [LEGEND_PREVIOUS] = BS_STR_PREVIOUS,
        [LEGEND_SPREAD] = BS_STR_TEAM_RANGE,
      };
      double avail = width - 2 * margin;
      LegendItem item = { kinds[i] };
      double w, h;

      item.layout = _bs_render_layout_new (priv->context,
                                           kinds[i] == LEGEND_PREVIOUS && priv->previous_name != NULL
                                           ? priv->previous_name : _bs_report_string (names[kinds[i]], lang),
                                           size, BS_TEXT_NORMAL, avail - swatch - size * 0.4);
      _bs_render_layout_size (item.layout, &w, &h);
      item.box.width = swatch + size * 0.4 + w;
      item.box.height = MAX (h, row_h);

      if (x > 0 && x + item.box.width > avail)
        {
          /* Centre the row that is full before starting the next one. */
          for (guint j = row_start; j < priv->legend->len; j++)
            g_array_index (priv->legend, LegendItem, j).box.x += (avail - (x - spacing)) / 2;
          row_start = priv->legend->len;
          x = 0;
          y += row_h;
        }
      item.box.x = x;
      item.box.y = y;
      x += item.box.width + spacing;
      g_array_append_val (priv->legend, item);
    }

  for (guint j = row_start; j < priv->legend->len; j++)
    g_array_index (priv->legend, LegendItem, j).box.x += (width - 2 * margin - (x - spacing)) / 2;

  layout->legend_box.x = margin;
  layout->legend_box.width = width - 2 * margin;
  layout->legend_box.height = y + row_h;
  layout->legend_box.y = height - margin - layout->legend_box.height;
  for (guint j = 0; j < priv->legend->len; j++)
    {
      LegendItem *item = &g_array_index (priv->legend, LegendItem, j);

      item->box.x += layout->legend_box.x;
      item->box.y += layout->legend_box.y;
    }
}

static void
layout_ring_labels (BsRadarLayout *layout,
                    RadarPriv     *priv,
                    BsFramework   *framework,
                    const char    *lang,
                    double         width,
                    double         height)
{
  double size = round (layout->font_size * 0.8 * 2) / 2;
  double angle = -G_PI / 2 + G_PI / MAX (layout->n_axes, 1);

  /* Stage names where there is room for them, else the stage numbers. */
  for (guint mode = 0; mode < 2; mode++)
    {
      gboolean clash = FALSE;

      for (guint k = 0; k < priv->ring_labels->len; k++)
        g_clear_object (&g_ptr_array_index (priv->ring_labels, k));
      g_ptr_array_set_size (priv->ring_labels, 0);
      for (guint k = 1; k <= layout->n_stages; k++)
        {
          BsStage *stage = bs_framework_get_stage (framework, k);
          g_autofree char *text = NULL;
          cairo_rectangle_t *b = &priv->ring_boxes[k - 1];
          double r = layout->radius * k / layout->n_stages;
          PangoLayout *label;

          if (mode == 0 && stage != NULL)
            text = g_strdup_printf ("%u %s", k, bs_stage_get_name_text (stage, lang));
          else
            text = g_strdup_printf ("%u", k);

          label = _bs_render_layout_new (priv->context, text, size, BS_TEXT_NORMAL, -1);
          _bs_render_layout_size (label, &b->width, &b->height);
          b->x = layout->cx + r * cos (angle) - b->width / 2;
          b->y = layout->cy + r * sin (angle) - b->height / 2;
          g_ptr_array_add (priv->ring_labels, label);
        }

      for (guint k = 0; k < layout->n_stages; k++)
        {
          cairo_rectangle_t *b = &priv->ring_boxes[k];

          if (b->x < 0 || b->y < 0 || b->x + b->width > width || b->y + b->height > height)
            clash = TRUE;
          for (guint i = 0; i < layout->n_axes; i++)
            clash |= rects_intersect (b, &layout->label_boxes[i], 1);
          if (k > 0)
            clash |= rects_intersect (b, &priv->ring_boxes[k - 1], 0);
          if (layout->legend_box.height > 0)
            clash |= rects_intersect (b, &layout->legend_box, 1);
        }

      if (!clash)
        return;
    }

  /* Even the numbers do not fit (a tiny chart with many axes): leave out
   * the ones in the way rather than draw over the axis labels. */
  for (guint k = 0; k < layout->n_stages; k++)
    for (guint i = 0; i < layout->n_axes; i++)
      if (rects_intersect (&priv->ring_boxes[k], &layout->label_boxes[i], 1) ||
          (k > 0 && rects_intersect (&priv->ring_boxes[k], &priv->ring_boxes[k - 1], 0)))
        {
          g_clear_object (&g_ptr_array_index (priv->ring_labels, k));
          break;
        }
}

/* Tries the font sizes and wrap widths on @markup, one per axis (with
 * @shown, only the axes it marks get a label), and keeps in @layout the
 * arrangement with the largest plot in which no labels overlap.
 *
 * Returns: %TRUE when some arrangement fits */
static gboolean
fit_labels (BsRadarLayout      *layout,
            RadarPriv          *priv,
            const char * const *markup,
            const gboolean     *shown,
            guint               n_wraps,
            double              base,
            double              margin,
            double              avail_w,
            double              avail_h)
{
  guint n = layout->n_axes;
  g_autofree double *widths = g_new0 (double, MAX (n, 1));
  g_autofree double *heights = g_new0 (double, MAX (n, 1));
  g_autofree cairo_rectangle_t *boxes = g_new0 (cairo_rectangle_t, MAX (n, 1));
  double best_r = -1;

  for (guint f = 0; f < G_N_ELEMENTS (font_steps); f++)
    {
      /* Whole and half units: fewer distinct fonts to load. */
      double size = round (base * font_steps[f] * 2) / 2;
      double gap = size * 0.45;

      for (guint w = 0; w < MIN (n_wraps, G_N_ELEMENTS (wrap_steps)); w++)
        {
          g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
          double r;

          for (guint i = 0; i < n; i++)
            {
              gboolean show = shown == NULL || shown[i];
              PangoLayout *label = _bs_render_layout_new (priv->context, show ? markup[i] : "", size,
                                                          BS_TEXT_MARKUP | BS_TEXT_CENTER,
                                                          MAX (avail_w * wrap_steps[w], size * 4));

              pango_layout_set_wrap (label, PANGO_WRAP_WORD);
              if (show)
                _bs_render_layout_size (label, &widths[i], &heights[i]);
              else
                widths[i] = heights[i] = 0;
              g_ptr_array_add (labels, label);
            }

          r = fit_radius (n, widths, heights, gap, avail_w, avail_h, boxes);
          if (labels_overlap (n, boxes, 1.0))
            continue;

          if (r > best_r)
            {
              double x1, y1, x2, y2;

              best_r = r;
              layout->font_size = size;
              layout->radius = r;
              extent_of (n, boxes, r, &x1, &y1, &x2, &y2);
              /* Centre what the labels and the circle take up, not the circle. */
              layout->cx = margin + (avail_w - (x2 - x1)) / 2 - x1;
              layout->cy = margin + (avail_h - (y2 - y1)) / 2 - y1;
              for (guint i = 0; i < n; i++)
                {
                  layout->label_boxes[i] = boxes[i];
                  layout->label_boxes[i].x += layout->cx;
                  layout->label_boxes[i].y += layout->cy;
                }
              g_ptr_array_set_size (priv->labels, 0);
              g_ptr_array_extend_and_steal (priv->labels, g_steal_pointer (&labels));
            }

          /* Good enough: measuring text is what costs time here. */
          if (best_r >= MIN (avail_w, avail_h) * 0.31)
            break;
        }

      /* A comfortable plot with the larger font wins over a bigger plot
       * with tiny text. */
      if (best_r >= MIN (avail_w, avail_h) * 0.27)
        break;
    }

  return best_r >= 0;
}

/* Whether the segment (x1, y1)–(x2, y2) passes through @r grown by @pad
 * (Liang–Barsky clipping). */
static gboolean
segment_hits_rect (double                   x1,
                   double                   y1,
                   double                   x2,
                   double                   y2,
                   const cairo_rectangle_t *r,
                   double                   pad)
{
  double p[4] = { -(x2 - x1), x2 - x1, -(y2 - y1), y2 - y1 };
  double q[4] = { x1 - (r->x - pad), r->x + r->width + pad - x1,
                  y1 - (r->y - pad), r->y + r->height + pad - y1 };
  double t0 = 0, t1 = 1;

  for (guint i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }

  return TRUE;
}

static gboolean
series_hits_rect (const BsRadarLayout     *layout,
                  const double            *values,
                  const cairo_rectangle_t *r,
                  double                   pad)
{
  guint n = layout->n_axes;

  if (values == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint j = (i + 1) % n;
      double x1, y1, x2, y2;

      if (isnan (values[i]))
        continue;
      bs_radar_point (n, i, values[i], layout->n_stages, layout->cx, layout->cy, layout->radius, &x1, &y1);
      /* the marker on the point */
      if (segment_hits_rect (x1, y1, x1, y1, r, pad * 2))
        return TRUE;
      if (j == i || isnan (values[j]))
        continue;
      bs_radar_point (n, j, values[j], layout->n_stages, layout->cx, layout->cy, layout->radius, &x2, &y2);
      if (segment_hits_rect (x1, y1, x2, y2, r, pad))
        return TRUE;
    }

  return FALSE;
}

/* Whether stage label @k at @b would cross a score line, a stage label
 * already placed (@placed), an axis label or the edge. */
static gboolean
ring_label_clashes (const BsRadarLayout     *layout,
                    RadarPriv               *priv,
                    const BsRadarOptions    *options,
                    guint                    k,
                    const cairo_rectangle_t *b,
                    const gboolean          *placed,
                    double                   width,
                    double                   height)
{
  double pad = priv->line_width * 1.5;

  if (b->x < 0 || b->y < 0 || b->x + b->width > width || b->y + b->height > height)
    return TRUE;
  for (guint i = 0; i < layout->n_axes; i++)
    if (rects_intersect (b, &layout->label_boxes[i], 1))
      return TRUE;
  for (guint j = 0; j < layout->n_stages; j++)
    if (j != k && placed[j] && rects_intersect (b, &priv->ring_boxes[j], 0))
      return TRUE;
  if (layout->legend_box.height > 0 && rects_intersect (b, &layout->legend_box, 1))
    return TRUE;

  return series_hits_rect (layout, priv->current, b, pad) ||
         ((options->flags & BS_RADAR_SHOW_TARGET) && series_hits_rect (layout, priv->target, b, pad)) ||
         series_hits_rect (layout, priv->previous, b, pad);
}

/* Tries stage label @k on the bisector after axis @gap, at its ring or
 * moved along the bisector by up to half a ring. */
static gboolean
place_ring_label (const BsRadarLayout     *layout,
                  RadarPriv               *priv,
                  const BsRadarOptions    *options,
                  guint                    k,
                  const cairo_rectangle_t *original,
                  guint                    gap,
                  const gboolean          *placed,
                  double                   width,
                  double                   height)
{
  static const double shifts[] = { 0, 0.5, -0.5, 1.0, -1.0 };
  /* on the bisector first, then a little to either side along the ring */
  static const double turns[] = { 0.5, 0.3, 0.7 };
  double ring = layout->radius / layout->n_stages;
  cairo_rectangle_t *b = &priv->ring_boxes[k];

  for (guint t = 0; t < G_N_ELEMENTS (turns); t++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * (gap + turns[t]) / MAX (layout->n_axes, 1);

      for (guint s = 0; s < G_N_ELEMENTS (shifts); s++)
        {
          double d = ring * (k + 1) + shifts[s] * MIN (original->height, ring * 0.5);

          b->x = layout->cx + d * cos (angle) - original->width / 2;
          b->y = layout->cy + d * sin (angle) - original->height / 2;
          b->width = original->width;
          b->height = original->height;
          if (!ring_label_clashes (layout, priv, options, k, b, placed, width, height))
            return TRUE;
        }
    }

  return FALSE;
}

/* The stage names sit on the bisector of the first two axes, where a
 * score line may run through them. Such a name moves along its ring's
 * band, or the names move together to the next bisector; a name that
 * finds no free place is left out rather than drawn over a score. */
static void
avoid_series_lines (BsRadarLayout        *layout,
                    RadarPriv            *priv,
                    const BsRadarOptions *options,
                    double                width,
                    double                height)
{
  guint n_gaps = MAX (layout->n_axes, 1), best_cost = G_MAXUINT;
  g_autofree cairo_rectangle_t *original = g_memdup2 (priv->ring_boxes, sizeof (cairo_rectangle_t) * layout->n_stages);
  g_autofree cairo_rectangle_t *best = g_new0 (cairo_rectangle_t, layout->n_stages);
  g_autofree gboolean *placed = g_new0 (gboolean, layout->n_stages);
  g_autofree gboolean *best_placed = g_new0 (gboolean, layout->n_stages);
  gboolean any = FALSE;

  for (guint k = 0; k < layout->n_stages; k++)
    any |= g_ptr_array_index (priv->ring_labels, k) != NULL;
  if (!any || layout->n_axes < 3)
    return;

  for (guint gap = 0; gap < n_gaps && best_cost > 0; gap++)
    {
      guint cost = 0;

      memset (placed, 0, sizeof (gboolean) * layout->n_stages);
      for (guint k = 0; k < layout->n_stages; k++)
        {
          if (g_ptr_array_index (priv->ring_labels, k) == NULL)
            continue;
          /* All on one bisector reads best; a name with no room there
           * tries the others, and is left out only when none has room. */
          for (guint other = 0; other < n_gaps && !placed[k]; other++)
            {
              placed[k] = place_ring_label (layout, priv, options, k, &original[k], (gap + other) % n_gaps,
                                            placed, width, height);
              if (placed[k] && other > 0)
                cost += 1;
            }
          if (!placed[k])
            cost += 100;
        }

      if (cost < best_cost)
        {
          best_cost = cost;
          memcpy (best, priv->ring_boxes, sizeof (cairo_rectangle_t) * layout->n_stages);
          memcpy (best_placed, placed, sizeof (gboolean) * layout->n_stages);
        }
    }

  memcpy (priv->ring_boxes, best, sizeof (cairo_rectangle_t) * layout->n_stages);

  /* A name with no room anywhere: its stage number may still fit. */
  for (guint k = 0; k < layout->n_stages; k++)
    {
      g_autofree char *number = NULL;
      cairo_rectangle_t small = { 0 };

      if (best_placed[k] || g_ptr_array_index (priv->ring_labels, k) == NULL)
        continue;

      g_clear_object (&g_ptr_array_index (priv->ring_labels, k));
      number = g_strdup_printf ("%u", k + 1);
      g_ptr_array_index (priv->ring_labels, k) =
        _bs_render_layout_new (priv->context, number, round (layout->font_size * 0.8 * 2) / 2, BS_TEXT_NORMAL, -1);
      _bs_render_layout_size (g_ptr_array_index (priv->ring_labels, k), &small.width, &small.height);
      for (guint gap = 0; gap < n_gaps && !best_placed[k]; gap++)
        best_placed[k] = place_ring_label (layout, priv, options, k, &small, gap, best_placed, width, height);
      if (!best_placed[k])
        g_clear_object (&g_ptr_array_index (priv->ring_labels, k));
    }
}

/**
 * bs_radar_layout_new:
 *
 * Lays out the radar of @level_id for a surface of @width × @height user
 * units. The text is measured with resolution-independent metrics, so the
 * layout holds for any cairo surface.
 *
 * Returns: (transfer full): the layout, to free with bs_radar_layout_free()
 */
BsRadarLayout *
bs_radar_layout_new (double                width,
                     double                height,
                     BsAssessment         *assessment,
                     const char           *level_id,
                     const BsRadarOptions *options)
{
  static const BsRadarOptions default_options = { NULL, 0, NULL, 1.0, NULL };
  BsFramework *framework;
  BsLevel *level;
  g_autoptr(BsLevelScores) scores = NULL;
  BsRadarLayout *layout;
  RadarPriv *priv;
  const char *lang;
  double margin, base, scale, avail_w, avail_h;
  g_auto(GStrv) markup = NULL;
  gboolean fitted;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  framework = bs_assessment_get_framework (assessment);
  level = bs_framework_lookup_level (framework, level_id);
  g_return_val_if_fail (level != NULL, NULL);

  if (options == NULL)
    options = &default_options;
  lang = _bs_report_resolve_lang (options->lang);
  scale = options->font_scale > 0 ? options->font_scale : 1.0;
  width = MAX (width, 1);
  height = MAX (height, 1);

  layout = g_new0 (BsRadarLayout, 1);
  priv = g_new0 (RadarPriv, 1);
  layout->priv = priv;
  layout->n_stages = MAX (bs_framework_get_n_stages (framework), 1);
  priv->palette = options->palette != NULL ? options->palette : bs_palette_get_print ();
  priv->context = _bs_render_context_new ();
  priv->labels = g_ptr_array_new_with_free_func (g_object_unref);
  /* Not owning: an entry may be NULL when a stage label is left out. */
  priv->ring_labels = g_ptr_array_new ();
  priv->ring_boxes = g_new0 (cairo_rectangle_t, layout->n_stages);
  priv->legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  scores = bs_level_scores_new (assessment, level_id,
                                (options->flags & BS_RADAR_SHOW_PREVIOUS) ? options->previous : NULL);
  layout->n_axes = scores->n_dimensions;
  priv->current = bs_level_scores_series (scores, BS_SCORE_SERIES_CURRENT);
  priv->target = bs_level_scores_series (scores, BS_SCORE_SERIES_TARGET);
  /* A previous assessment without a score on this level draws nothing,
   * and a legend entry for it would promise a series that is not there. */
  if (scores->has_previous)
    priv->previous = bs_level_scores_series (scores, BS_SCORE_SERIES_PREVIOUS);
  if (scores->has_previous && !((options->flags & BS_RADAR_SHOW_PREVIOUS) && options->previous != NULL) &&
      bs_assessment_get_baseline (assessment) != NULL)
    priv->previous_name = baseline_name (bs_assessment_get_baseline (assessment), lang);
  /* Likewise the team's band: only a team with scores of its own. */
  if ((options->flags & BS_RADAR_SHOW_SPREAD) && scores->has_spread)
    {
      priv->spread_min = bs_level_scores_series (scores, BS_SCORE_SERIES_SPREAD_MIN);
      priv->spread_max = bs_level_scores_series (scores, BS_SCORE_SERIES_SPREAD_MAX);
    }
  priv->line_width = CLAMP (MIN (width, height) / 220, 0.8, 2.5);

  layout->label_boxes = g_new0 (cairo_rectangle_t, MAX (layout->n_axes, 1));
  layout->label_step = 1;
  markup = g_new0 (char *, layout->n_axes + 1);

  for (guint i = 0; i < layout->n_axes; i++)
    {
      markup[i] = axis_label_markup (scores->dimensions[i].dimension, priv->current[i], lang, priv->palette);
    }

  margin = CLAMP (MIN (width, height) * 0.02, 1.5, 12);
  base = CLAMP (MIN (width, height) / 28, 7.5, 14) * scale;
  layout->font_size = base;

  if (options->flags & BS_RADAR_SHOW_LEGEND)
    layout_legend (layout, priv, options, lang, width, height, margin);

  avail_w = width - 2 * margin;
  avail_h = height - 2 * margin - (layout->legend_box.height > 0 ? layout->legend_box.height + base * 0.6 : 0);

  fitted = fit_labels (layout, priv, (const char * const *) markup, NULL, G_N_ELEMENTS (wrap_steps),
                       base, margin, avail_w, avail_h);

  /* The names do not fit even small and narrow (dozens of axes): the axes
   * get their numbers, and, if even those crowd each other, every second,
   * fifth or tenth number, so that the chart never loses all its labels.
   * The numbers count the dimensions in the order of the score table. */
  if (!fitted && layout->n_axes > 0)
    {
      g_autofree gboolean *shown = g_new0 (gboolean, layout->n_axes);
      g_auto(GStrv) numbers = g_new0 (char *, layout->n_axes + 1);
      static const guint steps[] = { 1, 2, 3, 4, 5, 10, 20, 25, 50, 100 };

      for (guint i = 0; i < layout->n_axes; i++)
        numbers[i] = g_strdup_printf ("%u", i + 1);

      for (guint k = 0; k < G_N_ELEMENTS (steps) && !fitted; k++)
        {
          for (guint i = 0; i < layout->n_axes; i++)
            shown[i] = i % steps[k] == 0;
          fitted = fit_labels (layout, priv, (const char * const *) numbers, shown, 1,
                               base, margin, avail_w, avail_h);
          layout->label_step = steps[k];
        }
      layout->numbered = fitted;
    }

  if (!fitted)
    {
      /* Not even one number in a hundred fits (a stamp-sized chart): draw
       * the plot alone. */
      layout->radius = MAX (MIN (avail_w, avail_h) / 2, 0);
      layout->cx = margin + avail_w / 2;
      layout->cy = margin + avail_h / 2;
      g_ptr_array_set_size (priv->labels, 0);
      for (guint i = 0; i < layout->n_axes; i++)
        layout->label_boxes[i] = (cairo_rectangle_t) { layout->cx, layout->cy, 0, 0 };
    }

  layout_ring_labels (layout, priv, framework, lang, width, height);
  avoid_series_lines (layout, priv, options, width, height);

  return layout;
}

void
bs_radar_layout_free (BsRadarLayout *layout)
{
  RadarPriv *priv;

  if (layout == NULL)
    return;

  priv = layout->priv;
  for (guint i = 0; i < priv->ring_labels->len; i++)
    g_clear_object (&g_ptr_array_index (priv->ring_labels, i));
  g_ptr_array_unref (priv->ring_labels);
  g_ptr_array_unref (priv->labels);
  for (guint i = 0; i < priv->legend->len; i++)
    g_object_unref (g_array_index (priv->legend, LegendItem, i).layout);
  g_array_unref (priv->legend);
  g_free (priv->ring_boxes);
  g_free (priv->current);
  g_free (priv->target);
  g_free (priv->previous);
  g_free (priv->previous_name);
  g_free (priv->spread_min);
  g_free (priv->spread_max);
  g_object_unref (priv->context);
  g_free (priv);
  g_free (layout->label_boxes);
  g_free (layout);
}

/* Adds one path per run of answered axes; a gap breaks the polygon. With
 * @wedge each run is closed through the centre so it can be filled. */
static void
series_path (cairo_t             *cr,
             const BsRadarLayout *layout,
             const double        *values,
             gboolean             wedge)
{
  guint n = layout->n_axes, start = 0, missing = 0;
  gboolean in_run = FALSE;

  for (guint i = 0; i < n; i++)
    if (isnan (values[i]))
      {
        missing++;
        start = i + 1;
      }

  if (missing == n)
    return;

  if (missing == 0)
    {
      for (guint i = 0; i < n; i++)
        {
          double x, y;

          bs_radar_point (n, i, values[i], layout->n_stages, layout->cx, layout->cy, layout->radius, &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      return;
    }

  /* Walk once round, starting just after a gap, so every run is whole. */
  for (guint k = 0; k < n; k++)
    {
      guint i = (start + k) % n;
      double x, y;

      if (isnan (values[i]))
        {
          if (in_run && wedge)
            cairo_close_path (cr);
          in_run = FALSE;
          continue;
        }

      bs_radar_point (n, i, values[i], layout->n_stages, layout->cx, layout->cy, layout->radius, &x, &y);
      if (!in_run)
        {
          cairo_new_sub_path (cr);
          if (wedge)
            {
              cairo_move_to (cr, layout->cx, layout->cy);
              cairo_line_to (cr, x, y);
            }
          else
            cairo_move_to (cr, x, y);
          in_run = TRUE;
        }
      else
        cairo_line_to (cr, x, y);

      if (k == n - 1 && wedge)
        cairo_close_path (cr);
    }
}

static void
series_markers (cairo_t             *cr,
                const BsRadarLayout *layout,
                const double        *values,
                double               size,
                gboolean             square)
{
  for (guint i = 0; i < layout->n_axes; i++)
    {
      double x, y;

      if (isnan (values[i]))
        continue;

      bs_radar_point (layout->n_axes, i, values[i], layout->n_stages, layout->cx, layout->cy,
                      layout->radius, &x, &y);
      cairo_new_sub_path (cr);
      if (square)
        cairo_rectangle (cr, x - size, y - size, 2 * size, 2 * size);
      else
        cairo_arc (cr, x, y, size, 0, 2 * G_PI);
    }
}

static void
draw_grid (cairo_t             *cr,
           const BsRadarLayout *layout)
{
  RadarPriv *priv = layout->priv;
  double lw = priv->line_width;

  cairo_save (cr);
  cairo_set_line_width (cr, lw * 0.5);
  for (guint k = 1; k <= layout->n_stages; k++)
    {
      cairo_new_path (cr);
      cairo_arc (cr, layout->cx, layout->cy, layout->radius * k / layout->n_stages, 0, 2 * G_PI);
      if (k == layout->n_stages)
        set_rgb (cr, &priv->palette->muted);
      else
        set_rgb (cr, &priv->palette->grid);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->n_axes; i++)
    {
      double x, y;

      bs_radar_point (layout->n_axes, i, layout->n_stages, layout->n_stages, layout->cx, layout->cy,
                      layout->radius, &x, &y);
      cairo_new_path (cr);
      cairo_move_to (cr, layout->cx, layout->cy);
      cairo_line_to (cr, x, y);
      if (isnan (priv->current[i]))
        {
          /* An unanswered dimension is a gap, not a zero: its axis is
           * dashed and its label says so. */
          double dash[] = { lw * 2, lw * 2 };

          cairo_set_dash (cr, dash, 2, 0);
          set_rgb (cr, &priv->palette->muted);
        }
      else
        {
          cairo_set_dash (cr, NULL, 0, 0);
          set_rgb (cr, &priv->palette->grid);
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Team spread: a band from each dimension's lowest to its highest
 * respondent score (BsLevelScores' spread series); a dimension nobody
 * scored is a gap in it, as in the other series. */
static void
draw_spread (cairo_t             *cr,
             const BsRadarLayout *layout)
{
  RadarPriv *priv = layout->priv;

  if (priv->spread_min == NULL || priv->spread_max == NULL)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  series_path (cr, layout, priv->spread_max, FALSE);
  series_path (cr, layout, priv->spread_min, FALSE);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_rgba (cr, &priv->palette->spread, 0.3);
  cairo_fill (cr);
  cairo_restore (cr);
}

typedef enum
{
  LINE_CURRENT,
  LINE_TARGET,
  LINE_PREVIOUS,
} LineStyle;

/* One place for each series' colour, width and dash, so that the legend's
 * swatches always match the lines in the chart. */
static void
set_line_style (cairo_t         *cr,
                const BsPalette *palette,
                LineStyle        style,
                double           lw)
{
  double target_dash[] = { lw * 4, lw * 2.5 };
  double previous_dash[] = { lw * 0.8, lw * 1.6 };

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  switch (style)
    {
    case LINE_TARGET:
      set_rgb (cr, &palette->target);
      cairo_set_line_width (cr, lw * 1.5);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, target_dash, G_N_ELEMENTS (target_dash), 0);
      break;
    case LINE_PREVIOUS:
      set_rgb (cr, &palette->previous);
      cairo_set_line_width (cr, lw * 1.4);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, previous_dash, G_N_ELEMENTS (previous_dash), 0);
      break;
    case LINE_CURRENT:
    default:
      set_rgb (cr, &palette->current);
      cairo_set_line_width (cr, lw * 1.5);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
stroke_series (cairo_t             *cr,
               const BsRadarLayout *layout,
               const double        *values,
               LineStyle            style,
               double               lw)
{
  RadarPriv *priv = layout->priv;

  cairo_save (cr);
  cairo_new_path (cr);
  series_path (cr, layout, values, FALSE);
  set_line_style (cr, priv->palette, style, lw);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_series (cairo_t             *cr,
             const BsRadarLayout *layout,
             const BsRadarOptions *options)
{
  RadarPriv *priv = layout->priv;
  const BsPalette *palette = priv->palette;
  double lw = priv->line_width;

  if (options->flags & BS_RADAR_SHOW_SPREAD)
    draw_spread (cr, layout);

  if (priv->previous != NULL)
    {
      stroke_series (cr, layout, priv->previous, LINE_PREVIOUS, lw);
      cairo_save (cr);
      cairo_new_path (cr);
      series_markers (cr, layout, priv->previous, lw * 1.4, TRUE);
      set_rgb (cr, &palette->previous);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  cairo_save (cr);
  cairo_new_path (cr);
  series_path (cr, layout, priv->current, TRUE);
  set_rgba (cr, &priv->palette->current, 0.32);
  cairo_fill (cr);
  cairo_restore (cr);
  stroke_series (cr, layout, priv->current, LINE_CURRENT, lw);
  cairo_save (cr);
  cairo_new_path (cr);
  series_markers (cr, layout, priv->current, lw * 1.8, FALSE);
  set_rgb (cr, &palette->current);
  cairo_fill (cr);
  cairo_restore (cr);

  if (options->flags & BS_RADAR_SHOW_TARGET)
    stroke_series (cr, layout, priv->target, LINE_TARGET, lw);
}

static void
draw_labels (cairo_t             *cr,
             const BsRadarLayout *layout)
{
  RadarPriv *priv = layout->priv;

  cairo_save (cr);
  for (guint k = 0; k < priv->ring_labels->len; k++)
    {
      PangoLayout *label = g_ptr_array_index (priv->ring_labels, k);
      cairo_rectangle_t *b = &priv->ring_boxes[k];
      double pad = layout->font_size * 0.15;

      if (label == NULL)
        continue;

      /* A light halo keeps the stage name readable over the filled plot. */
      cairo_new_path (cr);
      cairo_rectangle (cr, b->x - pad, b->y, b->width + 2 * pad, b->height);
      set_rgba (cr, &priv->palette->background, 0.75);
      cairo_fill (cr);
      set_rgb (cr, &priv->palette->muted);
      _bs_render_show_layout (cr, label, b->x, b->y);
    }

  set_rgb (cr, &priv->palette->foreground);
  for (guint i = 0; i < priv->labels->len; i++)
    {
      cairo_rectangle_t *b = &layout->label_boxes[i];

      _bs_render_show_layout (cr, g_ptr_array_index (priv->labels, i), b->x, b->y);
    }
  cairo_restore (cr);
}

static void
draw_legend (cairo_t             *cr,
             const BsRadarLayout *layout)
{
  RadarPriv *priv = layout->priv;
  const BsPalette *palette = priv->palette;
  double lw = priv->line_width;

  for (guint j = 0; j < priv->legend->len; j++)
    {
      LegendItem *item = &g_array_index (priv->legend, LegendItem, j);
      double size = priv->legend_size;
      double sw = size * 1.8, sh = size * 0.9;
      double sx = item->box.x, sy = item->box.y + (item->box.height - sh) / 2;
      double text_h;

      cairo_save (cr);
      cairo_new_path (cr);
      switch (item->kind)
        {
        case LEGEND_CURRENT:
          cairo_rectangle (cr, sx, sy, sw, sh);
          set_rgba (cr, &priv->palette->current, 0.32);
          cairo_fill_preserve (cr);
          set_rgb (cr, &palette->current);
          cairo_set_line_width (cr, lw * 1.5);
          cairo_stroke (cr);
          break;
        case LEGEND_TARGET:
        case LEGEND_PREVIOUS:
          cairo_move_to (cr, sx, sy + sh / 2);
          cairo_line_to (cr, sx + sw, sy + sh / 2);
          set_line_style (cr, palette, item->kind == LEGEND_TARGET ? LINE_TARGET : LINE_PREVIOUS, lw);
          cairo_stroke (cr);
          break;
        case LEGEND_SPREAD:
        default:
          cairo_rectangle (cr, sx, sy, sw, sh);
          set_rgba (cr, &priv->palette->spread, 0.3);
          cairo_fill (cr);
          break;
        }

      _bs_render_layout_size (item->layout, NULL, &text_h);
      set_rgb (cr, &priv->palette->foreground);
      _bs_render_show_layout (cr, item->layout, sx + sw + size * 0.4,
                              item->box.y + (item->box.height - text_h) / 2);
      cairo_restore (cr);
    }
}

/**
 * bs_radar_draw:
 *
 * Draws the radar of one level into the rectangle (0, 0, @width, @height)
 * of @cr, in its current user units; labels are wrapped and placed so
 * nothing is clipped or overlaps.
 */
void
bs_radar_draw (cairo_t              *cr,
               double                width,
               double                height,
               BsAssessment         *assessment,
               const char           *level_id,
               const BsRadarOptions *options)
{
  static const BsRadarOptions default_options = { NULL, 0, NULL, 1.0, NULL };
  g_autoptr(BsRadarLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (level_id != NULL);

  if (options == NULL)
    options = &default_options;

  layout = bs_radar_layout_new (width, height, assessment, level_id, options);
  if (layout == NULL)
    return;

  cairo_save (cr);
  draw_grid (cr, layout);
  draw_series (cr, layout, options);
  draw_labels (cr, layout);
  draw_legend (cr, layout);
  cairo_restore (cr);
}

/**
 * bs_radar_point:
 * @n_axes: number of axes; axis 0 points up, the others follow clockwise
 * @value: the score on that axis, 0 at the centre and @max_value on the
 *   outer ring
 *
 * Where a value lands on the chart.
 */
void
bs_radar_point (guint   n_axes,
                guint   axis,
                double  value,
                double  max_value,
                double  cx,
                double  cy,
                double  radius,
                double *x,
                double *y)
{
  double c, s, r;

  g_return_if_fail (x != NULL && y != NULL);

  axis_direction (n_axes, axis, &c, &s);
  r = max_value > 0 ? radius * CLAMP (value, 0, max_value) / max_value : 0;
  *x = cx + r * c;
  *y = cy + r * s;
}

/**
 * bs_radar_layout_get_stage_box:
 * @stage: 1 for the first stage of the scale
 * @box: (out): where the stage's name on its ring goes
 *
 * Returns: %TRUE if the chart shows a name or number for @stage; %FALSE
 *   when it is left out for want of room
 */
gboolean
bs_radar_layout_get_stage_box (const BsRadarLayout *layout,
                               guint                stage,
                               cairo_rectangle_t   *box)
{
  RadarPriv *priv;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  priv = layout->priv;
  if (stage < 1 || stage > layout->n_stages || stage > priv->ring_labels->len ||
      g_ptr_array_index (priv->ring_labels, stage - 1) == NULL)
    return FALSE;

  *box = priv->ring_boxes[stage - 1];
  return TRUE;
}

/**
 * bs_radar_layout_get_previous_name:
 * @lang: (nullable): as in #BsRadarOptions
 *
 * Returns: (transfer full) (nullable): the legend's name of the previous
 *   series, "Last cycle (12 May 2025)" for the assessment's baseline; %NULL
 *   when no previous series is drawn
 */
char *
bs_radar_layout_get_previous_name (const BsRadarLayout *layout,
                                   const char          *lang)
{
  const RadarPriv *priv;

  g_return_val_if_fail (layout != NULL, NULL);

  priv = layout->priv;
  if (priv->previous == NULL)
    return NULL;
  if (priv->previous_name != NULL)
    return g_strdup (priv->previous_name);

  return g_strdup (_bs_report_string (BS_STR_PREVIOUS, _bs_report_resolve_lang (lang)));
}
