package ducha.app;
