/** Charts drawn with SWTChart, for the home dashboard and plugins that show {@code DashboardChart} data. */
package ducha.app.charts;
