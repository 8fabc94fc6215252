StaticSite.Cli.StopSignals.ListenToInterrupt();
return StaticSite.Cli.StaticSiteApp.Run(args);
