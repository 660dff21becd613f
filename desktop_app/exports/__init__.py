"""Writers of files people read (xlsx, PDF): plain rows and labels in, a file out. No Qt."""
