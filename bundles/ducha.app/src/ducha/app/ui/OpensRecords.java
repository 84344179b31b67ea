package ducha.app.ui;

/**
 * A view that can show one of its records on request: the quick-find (Ctrl+F) opens the view claiming a hit's
 * {@link ducha.core.spi.FoundRecord#target() target} and, when its part implements this, hands it the hit's
 * {@link ducha.core.spi.FoundRecord#reference() reference} (the number or 工号 the plugin's finder put there).
 */
public interface OpensRecords {

	/**
	 * Shows the record: selects it in the view's list and opens its detail. Called on the UI thread right after the
	 * view was created or brought to the front, so a view that is still reading its list reads the record itself.
	 */
	void openRecord(String reference);
}
