package ducha.petitions.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import ducha.petitions.ui.PetitionsUi;

/** Small factories for the forms; every control gets its {@link PetitionsUi#WIDGET_KEY} name. */
final class Widgets {

	private Widgets() {
	}

	static <W extends Widget> W named(W widget, String name) {
		widget.setData(PetitionsUi.WIDGET_KEY, name);
		return widget;
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(label);
		return label;
	}

	static Text text(Composite parent, String name) {
		Text text = named(new Text(parent, SWT.BORDER), name);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	static Text area(Composite parent, String name, int lines) {
		Text text = named(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), name);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, text.getLineHeight() * lines).applyTo(text);
		return text;
	}

	static Combo combo(Composite parent, String name, String... items) {
		Combo combo = named(new Combo(parent, SWT.READ_ONLY), name);
		combo.setItems(items);
		combo.select(0);
		GridDataFactory.fillDefaults().applyTo(combo);
		return combo;
	}

	static Button button(Composite parent, String name, String text) {
		Button button = named(new Button(parent, SWT.PUSH), name);
		button.setText(text);
		return button;
	}
}
