// PLACEHOLDER: the host arrives with issue 2.
Console.Error.WriteLine("Bulletins.Shell: not built yet");
return 1;
