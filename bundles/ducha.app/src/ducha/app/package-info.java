/**
 * The Ducha workbench: the application model's ids that plugins extend ({@link ducha.app.AppModel}).
 */
package ducha.app;
