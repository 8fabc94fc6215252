return StaticSite.Cli.StaticSiteApp.Run(args);
