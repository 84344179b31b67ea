package ducha.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * An empty tool control tagged {@code stretch} in the window's trim: it takes the free width, so the controls after
 * it (the reminders indicator) sit at the right edge.
 */
public class TrimSpacer {

	@PostConstruct
	void create(Composite parent) {
		new Composite(parent, SWT.NONE);
	}
}
