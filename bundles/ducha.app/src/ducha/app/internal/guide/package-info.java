/** 帮助 → 用户指南: the user guide shown inside the workbench. */
package ducha.app.internal.guide;
