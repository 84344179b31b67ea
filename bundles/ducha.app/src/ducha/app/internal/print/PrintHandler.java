package ducha.app.internal.print;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import ducha.app.internal.views.ActiveView;
import ducha.app.print.Printing;
import jakarta.inject.Named;

/**
 * 文件 → 打印… (Ctrl+P): the active view as it is shown, to the printer chosen in the system's print dialog; the
 * outcome (or 没有可用的打印机) in the view's status line.
 */
public class PrintHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		return ActiveView.of(part, shell).flatMap(ViewPrint::of).isPresent();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		ActiveView.of(part, shell).flatMap(ViewPrint::of).ifPresent(view -> {
			Shell window = ((Control) part.getWidget()).getShell();
			view.report(Printing.print(window, view.printout()));
		});
	}
}
