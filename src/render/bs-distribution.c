/* bs-distribution.c: one statement's answers in a team, one mark per respondent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bs-distribution.h"
#include "bs-render-private.h"

/* A dot plot: a column per stage, then N/A and don't know apart; in each
 * column one mark per respondent who chose it, grouped by role, so that a
 * review meeting sees at a glance whether the team agrees and whether one
 * role (students, say) sees it differently. The agreed stage is a shaded
 * column, the mean a bar under the axis: a shape no role has, so that it
 * is not taken for a role's mark in grayscale. Every label is laid out at
 * the width it gets and wraps; the chart grows in height instead of
 * cutting.
 *
 * A thousand respondents are a thousand marks. Filled and outlined one by
 * one, cairo took longer than a frame (16 ms) to rasterise them; so on a
 * screen (pixel_scale set) a role's mark is drawn once into an image and
 * stamped where its marks go, at whole pixels, and elsewhere (PDF, print)
 * a role's marks in a column are one path, filled and outlined once. */

#define LEGEND_GAP 1.2     /* between legend entries, in font sizes */
#define MARK_STEP  1.15    /* distance between marks, in mark diameters */

typedef struct
{
  double font;
  double legend_height;
  double mark;            /* diameter */
  guint  n_columns;       /* stages, N/A, don't know */
  double column_width;
  double apart;           /* gap before N/A */
  guint  per_row;
  guint  rows;
  double plot_top;
  double plot_height;
  double labels_top;
  double labels_height;
  double height;
  /* for drawing: the legend's and the columns' text, laid out once */
  GPtrArray *legend_layouts;   /* PangoLayout, or NULL when only measured */
  GPtrArray *label_layouts;
} Layout;

static const BsRgb role_colors[] = {
  { 0.000, 0.447, 0.698 },   /* blue #0072B2 */
  { 0.902, 0.624, 0.000 },   /* orange #E69F00 */
  { 0.000, 0.620, 0.451 },   /* bluish green #009E73 */
  { 0.835, 0.369, 0.000 },   /* vermillion #D55E00 */
  { 0.800, 0.475, 0.655 },   /* reddish purple #CC79A7 */
  { 0.337, 0.706, 0.914 },   /* sky blue #56B4E9 */
  { 0.400, 0.400, 0.400 },   /* gray */
};

/**
 * bs_distribution_role_color:
 *
 * Returns: the colour of @role's marks (Okabe–Ito, repeated past seven)
 */
BsRgb
bs_distribution_role_color (guint role)
{
  return role_colors[role % G_N_ELEMENTS (role_colors)];
}

/**
 * bs_distribution_role_shape:
 *
 * Adds @role's shape, centred on (@cx, @cy), to the current path.
 */
void
bs_distribution_role_shape (cairo_t *cr,
                            guint    role,
                            double   cx,
                            double   cy,
                            double   r)
{
  switch (role % BS_DISTRIBUTION_N_SHAPES)
    {
    case 0:   /* circle */
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.92, 0, 2 * G_PI);
      break;
    case 1:   /* square */
      cairo_rectangle (cr, cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      break;
    case 2:   /* triangle, point up */
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r * 0.95, cy + r * 0.75);
      cairo_line_to (cr, cx - r * 0.95, cy + r * 0.75);
      cairo_close_path (cr);
      break;
    case 3:   /* diamond */
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      break;
    case 4:   /* triangle, point down */
      cairo_move_to (cr, cx, cy + r);
      cairo_line_to (cr, cx + r * 0.95, cy - r * 0.75);
      cairo_line_to (cr, cx - r * 0.95, cy - r * 0.75);
      cairo_close_path (cr);
      break;
    default:  /* hexagon */
      for (int i = 0; i < 6; i++)
        {
          double a = G_PI / 6 + i * G_PI / 3;

          if (i == 0)
            cairo_move_to (cr, cx + r * cos (a), cy + r * sin (a));
          else
            cairo_line_to (cr, cx + r * cos (a), cy + r * sin (a));
        }
      cairo_close_path (cr);
      break;
    }
}

/* The column a value is drawn in, or -1 for none. */
static int
column_of (const BsDistribution *d,
           int                   value)
{
  if (value >= 1 && (guint) value <= d->n_stages)
    return value - 1;
  if (value == BS_VALUE_NOT_APPLICABLE)
    return (int) d->n_stages;
  if (value == BS_VALUE_UNKNOWN)
    return (int) d->n_stages + 1;
  return -1;
}

static double
column_x (const Layout *l,
          guint         column,
          guint         n_stages)
{
  return column * l->column_width + (column >= n_stages ? l->apart : 0);
}

/* Below this column width (in font sizes) stage names would break inside
 * words: only the numbers are shown, the scale's names are elsewhere. */
#define NAMES_MIN_WIDTH 5.5

static char *
column_label (const BsDistribution *d,
              const Layout         *l,
              guint                 column)
{
  if (column < d->n_stages && l->column_width < l->font * NAMES_MIN_WIDTH)
    return g_markup_printf_escaped ("<b>%u</b>", column + 1);
  if (column < d->n_stages)
    return g_markup_printf_escaped ("<b>%u</b>\n%s", column + 1,
                                    d->stage_labels != NULL && d->stage_labels[column] != NULL
                                    ? d->stage_labels[column] : "");
  return g_markup_escape_text (column == d->n_stages ? d->na_label : d->unknown_label, -1);
}

static guint *
count_roles (const BsDistribution *d)
{
  guint *counts = g_new0 (guint, MAX (d->n_roles, 1));

  for (guint i = 0; i < d->n_marks; i++)
    if (d->marks[i].role < d->n_roles && column_of (d, d->marks[i].value) >= 0)
      counts[d->marks[i].role]++;

  return counts;
}

static char *
legend_text (const BsDistribution *d,
             guint                 role,
             const guint          *counts)
{
  return g_strdup_printf ("%s (%u)", d->role_labels[role], counts[role]);
}

/* Lays the legend out in rows, calling @place for each entry when given.
 * With @layouts, its texts are kept there, or taken from there when it
 * has them already. */
static double
legend_rows (const BsDistribution *d,
             PangoContext         *context,
             double                width,
             double                font,
             const guint          *counts,
             GPtrArray            *layouts,
             void                (*place) (gpointer, guint, PangoLayout *, double, double),
             gpointer              data)
{
  double x = 0, y = 0, row_height = font * 1.6;
  guint n_entries = d->n_roles + (d->mean_label != NULL ? 1 : 0);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double text_width, text_height, entry;

      if (layouts != NULL && i < layouts->len)
        layout = g_object_ref (g_ptr_array_index (layouts, i));
      else
        {
          g_autofree char *text = i < d->n_roles ? legend_text (d, i, counts) : g_strdup (d->mean_label);

          /* An entry wider than the chart wraps within it. */
          layout = _bs_render_layout_new (context, text, font, BS_TEXT_NORMAL, width - font * 1.6);
          if (layouts != NULL)
            g_ptr_array_add (layouts, g_object_ref (layout));
        }
      _bs_render_layout_size (layout, &text_width, &text_height);
      entry = font * 1.6 + text_width;
      if (x > 0 && x + entry > width)
        {
          x = 0;
          y += row_height;
          row_height = font * 1.6;
        }
      row_height = MAX (row_height, text_height + font * 0.4);
      if (place != NULL)
        place (data, i, layout, x, y);
      x += entry + font * LEGEND_GAP;
    }

  return n_entries > 0 ? y + row_height : 0;
}

/* With @keep, the texts laid out stay in @l for drawing: free them with
 * layout_clear(). */
static void
compute (const BsDistribution *d,
         PangoContext         *context,
         double                width,
         gboolean              keep,
         Layout               *l)
{
  g_autofree guint *role_counts = count_roles (d);
  g_autofree guint *column_counts = NULL;
  guint most = 0;

  memset (l, 0, sizeof *l);
  if (keep)
    {
      l->legend_layouts = g_ptr_array_new_with_free_func (g_object_unref);
      l->label_layouts = g_ptr_array_new_with_free_func (g_object_unref);
    }
  l->font = 10.0 * (d->font_scale > 0 ? d->font_scale : 1.0);
  l->legend_height = legend_rows (d, context, width, l->font, role_counts, l->legend_layouts, NULL, NULL);
  l->n_columns = d->n_stages + 2;
  l->apart = l->font * 0.8;
  l->column_width = MAX (1.0, (width - l->apart) / l->n_columns);
  l->mark = MIN (l->font * 1.3, l->column_width / MARK_STEP);
  l->per_row = MAX (1, (guint) floor ((l->column_width - l->font * 0.4) / (l->mark * MARK_STEP)));

  column_counts = g_new0 (guint, l->n_columns);
  for (guint i = 0; i < d->n_marks; i++)
    {
      int column = column_of (d, d->marks[i].value);

      /* Not inside MAX (), which would count twice. */
      if (column >= 0)
        {
          column_counts[column]++;
          most = MAX (most, column_counts[column]);
        }
    }
  l->rows = MAX (3, (most + l->per_row - 1) / l->per_row);

  l->plot_top = l->legend_height + l->font * 0.6;
  l->plot_height = l->rows * l->mark * MARK_STEP + l->font * 0.8;
  /* room under the axis for the mean's bar */
  l->labels_top = l->plot_top + l->plot_height + l->font;

  for (guint c = 0; c < l->n_columns; c++)
    {
      g_autofree char *markup = column_label (d, l, c);
      g_autoptr(PangoLayout) layout = _bs_render_layout_new (context, markup, l->font * 0.9,
                                                             BS_TEXT_MARKUP | BS_TEXT_CENTER,
                                                             l->column_width - 2);
      double w, h;

      _bs_render_layout_size (layout, &w, &h);
      l->labels_height = MAX (l->labels_height, h);
      if (keep)
        g_ptr_array_add (l->label_layouts, g_object_ref (layout));
    }

  l->height = ceil (l->labels_top + l->labels_height + 2);
}

static void
layout_clear (Layout *l)
{
  g_clear_pointer (&l->legend_layouts, g_ptr_array_unref);
  g_clear_pointer (&l->label_layouts, g_ptr_array_unref);
}

/**
 * bs_distribution_get_height:
 *
 * Returns: the height @distribution needs at @width, labels wrapped
 */
double
bs_distribution_get_height (const BsDistribution *distribution,
                            double                width)
{
  PangoContext *context;
  Layout l;

  g_return_val_if_fail (distribution != NULL, 0);

  context = _bs_render_context_new ();
  compute (distribution, context, width, FALSE, &l);
  g_object_unref (context);
  return l.height;
}

typedef struct
{
  cairo_t              *cr;
  const BsDistribution *d;
  const BsPalette      *palette;
  double                font;
} LegendDraw;

/* Fills the marks in the path in @role's colour and outlines them. */
static void
paint_marks (cairo_t         *cr,
             guint            role,
             const BsPalette *palette)
{
  BsRgb color = bs_distribution_role_color (role);

  set_rgb (cr, &color);
  cairo_fill_preserve (cr);
  set_rgb (cr, &palette->foreground);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/* The mean: a vertical bar, @size tall, from (@x, @y) down. */
static void
draw_mean_marker (cairo_t         *cr,
                  const BsPalette *palette,
                  double           x,
                  double           y,
                  double           size)
{
  double w = MAX (size * 0.26, 1.5);

  cairo_rectangle (cr, x - w / 2, y, w, size);
  set_rgb (cr, &palette->foreground);
  cairo_fill (cr);
}

static void
place_legend_entry (gpointer     data,
                    guint        index,
                    PangoLayout *layout,
                    double       x,
                    double       y)
{
  LegendDraw *ld = data;
  double r = ld->font * 0.5;
  double cy = y + ld->font * 0.75;

  if (index < ld->d->n_roles)
    {
      bs_distribution_role_shape (ld->cr, index, x + r + 1, cy, r);
      paint_marks (ld->cr, index, ld->palette);
    }
  else
    draw_mean_marker (ld->cr, ld->palette, x + r + 1, cy - r * 0.9, r * 1.8);

  set_rgb (ld->cr, &ld->palette->foreground);
  _bs_render_show_layout (ld->cr, layout, x + ld->font * 1.6, y + ld->font * 0.1);
}

/* Stamps: a role's mark, drawn once at the screen's pixels. */
typedef struct
{
  cairo_surface_t **images;   /* per role, made when first needed */
  guint             n;
  double            scale;    /* device pixels per unit */
  int               pixels;   /* an image's width and height */
  double            mark;
  const BsPalette  *palette;
} Stamps;

/* Leaves @stamps without images where the marks must be paths. */
static void
stamps_init (Stamps               *stamps,
             cairo_t              *cr,
             const BsDistribution *d,
             const Layout         *l,
             const BsPalette      *palette)
{
  cairo_matrix_t m;

  *stamps = (Stamps) { 0 };
  if (d->pixel_scale <= 0)
    return;

  /* Only where a unit is a unit: a scaled or turned chart gets paths. */
  cairo_get_matrix (cr, &m);
  if (m.xx != 1 || m.yy != 1 || m.xy != 0 || m.yx != 0)
    return;

  stamps->n = MAX (d->n_roles, 1);
  stamps->images = g_new0 (cairo_surface_t *, stamps->n);
  stamps->scale = d->pixel_scale;
  /* the mark, its outline and a pixel of antialiasing on every side */
  stamps->pixels = (int) ceil ((l->mark + 2) * d->pixel_scale);
  stamps->mark = l->mark;
  stamps->palette = palette;
}

static void
stamps_clear (Stamps *stamps)
{
  for (guint i = 0; i < stamps->n; i++)
    if (stamps->images[i] != NULL)
      cairo_surface_destroy (stamps->images[i]);
  g_clear_pointer (&stamps->images, g_free);
}

static void
stamp (cairo_t *cr,
       Stamps  *stamps,
       guint    role,
       double   cx,
       double   cy)
{
  double size = stamps->pixels / stamps->scale;
  double x = cx - size / 2, y = cy - size / 2;

  if (stamps->images[role] == NULL)
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, stamps->pixels, stamps->pixels);
      cairo_t *icr;

      cairo_surface_set_device_scale (image, stamps->scale, stamps->scale);
      icr = cairo_create (image);
      bs_distribution_role_shape (icr, role, size / 2, size / 2, stamps->mark / 2);
      paint_marks (icr, role, stamps->palette);
      cairo_destroy (icr);
      stamps->images[role] = image;
    }

  /* At whole pixels, where the image's pixels are the screen's. */
  cairo_user_to_device (cr, &x, &y);
  x = round (x * stamps->scale) / stamps->scale;
  y = round (y * stamps->scale) / stamps->scale;
  cairo_device_to_user (cr, &x, &y);

  cairo_set_source_surface (cr, stamps->images[role], x, y);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
}

/* Marks of one column in role order, filled row by row from the axis up. */
static void
draw_column_marks (cairo_t              *cr,
                   const BsDistribution *d,
                   const Layout         *l,
                   const BsPalette      *palette,
                   Stamps               *stamps,
                   guint                 column)
{
  double x0 = column_x (l, column, d->n_stages);
  double base = l->plot_top + l->plot_height - l->font * 0.4;
  double step = l->mark * MARK_STEP;
  double used = MIN (l->per_row, d->n_marks) * step;
  guint k = 0;

  for (guint role = 0; role < MAX (d->n_roles, 1); role++)
    {
      guint first = k;

      for (guint i = 0; i < d->n_marks; i++)
        {
          const BsDistributionMark *m = &d->marks[i];
          double cx, cy;

          if (column_of (d, m->value) != (int) column || MIN (m->role, d->n_roles) != role)
            continue;

          cx = x0 + (l->column_width - MIN (used, l->column_width)) / 2 + (k % l->per_row) * step + step / 2;
          cy = base - (k / l->per_row) * step - step / 2;
          if (stamps->images != NULL)
            stamp (cr, stamps, role, cx, cy);
          else
            bs_distribution_role_shape (cr, role, cx, cy, l->mark / 2);
          k++;
        }

      /* The marks never overlap: one path looks the same as many. */
      if (stamps->images == NULL && k > first)
        paint_marks (cr, role, palette);
    }
}

/**
 * bs_distribution_draw:
 * @cr: where to draw, with (0, 0) at the chart's top left
 * @width: the width to use; the height is bs_distribution_get_height()
 *
 * Draws the legend (a shape per role, with counts), a column per stage
 * and for N/A and don't know with one mark per respondent, the agreed
 * stage shaded and the mean as a bar under the axis.
 */
void
bs_distribution_draw (cairo_t              *cr,
                      double                width,
                      const BsDistribution *distribution)
{
  const BsDistribution *d = distribution;
  const BsPalette *palette;
  PangoContext *context;
  g_autofree guint *role_counts = NULL;
  LegendDraw ld;
  Stamps stamps;
  Layout l;
  double axis;
  int agreed_column;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (distribution != NULL);

  palette = d->palette != NULL ? d->palette : bs_palette_get_print ();
  context = _bs_render_context_new ();
  pango_cairo_update_context (cr, context);
  compute (d, context, width, TRUE, &l);
  role_counts = count_roles (d);

  cairo_save (cr);

  ld = (LegendDraw) { cr, d, palette, l.font };
  legend_rows (d, context, width, l.font, role_counts, l.legend_layouts, place_legend_entry, &ld);

  /* The agreed stage first, under the marks. */
  agreed_column = column_of (d, d->agreed);
  if (agreed_column >= 0)
    {
      double x = column_x (&l, agreed_column, d->n_stages);

      cairo_rectangle (cr, x + 1, l.plot_top, l.column_width - 2, l.plot_height);
      set_rgba (cr, &palette->current, 0.14);
      cairo_fill_preserve (cr);
      set_rgb (cr, &palette->current);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, (double[]) { 4, 2 }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Grid lines between columns, the axis under them. */
  set_rgb (cr, &palette->grid);
  cairo_set_line_width (cr, 0.6);
  for (guint c = 1; c < l.n_columns; c++)
    {
      double x = column_x (&l, c, d->n_stages) - (c == d->n_stages ? l.apart / 2 : 0);

      cairo_move_to (cr, x, l.plot_top);
      cairo_line_to (cr, x, l.plot_top + l.plot_height);
    }
  cairo_stroke (cr);

  axis = l.plot_top + l.plot_height;
  set_rgb (cr, &palette->muted);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, axis);
  cairo_line_to (cr, column_x (&l, d->n_stages, d->n_stages) - l.apart / 2, axis);
  cairo_move_to (cr, column_x (&l, d->n_stages, d->n_stages), axis);
  cairo_line_to (cr, width, axis);
  cairo_stroke (cr);

  stamps_init (&stamps, cr, d, &l, palette);
  for (guint c = 0; c < l.n_columns; c++)
    draw_column_marks (cr, d, &l, palette, &stamps, c);
  stamps_clear (&stamps);

  /* The mean, between the stage columns' centres. */
  if (!isnan (d->mean) && d->n_stages > 0)
    {
      double x = column_x (&l, 0, d->n_stages) + l.column_width / 2
                 + (CLAMP (d->mean, 1, d->n_stages) - 1) * l.column_width;

      draw_mean_marker (cr, palette, x, axis, l.font * 0.85);
    }

  set_rgb (cr, &palette->foreground);
  for (guint c = 0; c < l.n_columns; c++)
    _bs_render_show_layout (cr, g_ptr_array_index (l.label_layouts, c), column_x (&l, c, d->n_stages) + 1,
                            l.labels_top);

  cairo_restore (cr);
  layout_clear (&l);
  g_object_unref (context);
}
