package ducha.app.internal.print;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import ducha.app.internal.views.ActiveView;
import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printing;
import jakarta.inject.Named;

/** 文件 → 打印预览…: the active view's pages as they would print, with 打印… in the preview. */
public class PrintPreviewHandler {

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
			new PrintPreviewDialog(window, view.printout(),
					printout -> view.report(Printing.print(window, printout))).open();
		});
	}
}
