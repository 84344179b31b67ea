package ducha.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * An empty tool control tagged {@code stretch} in the window's trim: it takes the free width, so the controls after
 * it (the reminders indicator) sit at the right edge.
 */
public class TrimSpacer {

	@PostConstruct
	void create(Composite parent) {
		// an empty label is as small as the trim allows (an empty Composite asks for 64 x 64)
		new Label(parent, SWT.NONE);
	}
}
