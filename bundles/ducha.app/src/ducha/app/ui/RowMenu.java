package ducha.app.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The right-click menu of a list: the list's own buttons (修改, 结案, 导出 …) offered again beside the rows, each
 * enabled as its button is when the menu opens and doing exactly what a click on the button does. A view keeps one
 * place for each action (its button) and gets the menu for free.
 */
public final class RowMenu {

	private RowMenu() {
	}

	/** Sets the control's context menu to the buttons' actions, in the order given. */
	public static Menu mirror(Control control, Button... buttons) {
		Menu menu = new Menu(control);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			fill(menu, buttons);
		});
		control.setMenu(menu);
		return menu;
	}

	/** Adds an item for each button the view shows, enabled as the button is now. */
	static void fill(Menu menu, Button... buttons) {
		for (Button button : buttons) {
			if (!button.isDisposed() && button.isVisible()) {
				add(menu, button);
			}
		}
	}

	private static void add(Menu menu, Button button) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(button.getText());
		item.setEnabled(button.isEnabled());
		item.addListener(SWT.Selection, e -> {
			if (!button.isDisposed() && button.isEnabled()) {
				button.notifyListeners(SWT.Selection, null);
			}
		});
	}
}
