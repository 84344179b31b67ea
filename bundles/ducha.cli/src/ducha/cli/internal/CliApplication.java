package ducha.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import ducha.cli.DuchaCli;

/** The {@code ducha.cli.app} application that the {@code ducha-cli} script starts. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = arguments instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		PrintWriter out = writer(System.out);
		PrintWriter err = writer(System.err);
		try {
			return Integer.valueOf(new DuchaCli().run(args, out, err));
		} catch (Throwable failure) {
			// the application container would log it and end the process with status 0
			return Integer.valueOf(ErrorHandler.failed(failure, List.of(args), err));
		}
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
	}

	@Override
	public void stop() {
		// a command runs to its end; the framework's shutdown stops the rest
	}
}
