package ducha.app.ui;

/**
 * A view whose list F5 (文件 → 刷新) reads again, as the view's own 刷新 or 重新载入 button does. A plugin's part
 * implements it to be refreshed by the key; the kit's {@link PagedPart} and {@link LedgerPart} already do.
 */
public interface Refreshable {

	/** Reads the view's data again; called on the UI thread, so the reading itself runs in the background. */
	void refresh();
}
