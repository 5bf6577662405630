// The command table of adphoto-cli: one line per command, in the order `help` lists them.
#include "app/cli/CliApp.h"

#include "app/cli/CheckCommand.h"
#include "app/cli/PhotoGetCommand.h"
#include "app/cli/PhotoRemoveCommand.h"
#include "app/cli/PhotoSetCommand.h"
#include "app/cli/UsersCommand.h"

namespace adphoto::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<PhotoGetCommand>());
    commands.push_back(std::make_unique<PhotoSetCommand>());
    commands.push_back(std::make_unique<PhotoRemoveCommand>());
    return commands;
}

} // namespace adphoto::cli
