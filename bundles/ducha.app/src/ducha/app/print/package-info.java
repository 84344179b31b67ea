/**
 * Print and print preview (文件 → 打印…, 打印预览…) on the plugin kit: what a view prints ({@link ducha.app.print.Printable},
 * {@link ducha.app.print.PrintBlock}) and the page layout that draws it on any {@code GC}, the preview's image as
 * well as a printer's page ({@link ducha.app.print.PageLayout}).
 */
package ducha.app.print;
