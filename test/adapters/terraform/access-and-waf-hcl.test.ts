import { mergeStates } from '../../../src/state/merge.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptTerraformReads } from '../../../src/adapters/terraform/adapt.ts';
import { collectTerraform } from '../../../src/collectors/terraform/collect.ts';
import { run } from '../../helpers/state.ts';
import { workDir } from '../../cli/run-main.ts';
import { rule } from './instances.ts';

/** A platform's operator access and edge written in HCL: a Bastion host and a private jump box, a dev VM with SSH open, a WAF_v2 gateway. */
const CONFIGURATION = `
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.20" }
  }
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-hub"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "bastion" {
  name                 = "AzureBastionSubnet"
  resource_group_name  = "rg-hub"
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.1.0/26"]
}

resource "azurerm_subnet" "vms" {
  name                 = "snet-vms"
  resource_group_name  = "rg-hub"
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.2.0/24"]
}

resource "azurerm_public_ip" "bastion" {
  name                = "pip-bastion"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  allocation_method   = "Static"
}

resource "azurerm_bastion_host" "hub" {
  name                = "bas-hub"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.bastion.id
    public_ip_address_id = azurerm_public_ip.bastion.id
  }
}

resource "azurerm_network_interface" "jump" {
  name                = "nic-jump"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.vms.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_linux_virtual_machine" "jump" {
  name                  = "vm-jump"
  resource_group_name   = "rg-hub"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.jump.id]
}

resource "azurerm_public_ip" "dev" {
  name                = "pip-dev"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  allocation_method   = "Static"
}

resource "azurerm_network_security_group" "dev" {
  name                = "nsg-dev"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_interface" "dev" {
  name                = "nic-dev"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.vms.id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.dev.id
  }
}

resource "azurerm_network_interface_security_group_association" "dev" {
  network_interface_id      = azurerm_network_interface.dev.id
  network_security_group_id = azurerm_network_security_group.dev.id
}

resource "azurerm_windows_virtual_machine" "dev" {
  name                  = "vm-dev"
  resource_group_name   = "rg-hub"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  admin_password        = var.admin_password
  network_interface_ids = [azurerm_network_interface.dev.id]
}

variable "admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_web_application_firewall_policy" "edge" {
  name                = "waf-edge"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  policy_settings {
    enabled = true
    mode    = "Prevention"
  }
  managed_rules {
    managed_rule_set {
      type    = "Microsoft_DefaultRuleSet"
      version = "2.1"
    }
  }
}

resource "azurerm_application_gateway" "edge" {
  name                = "agw-edge"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  firewall_policy_id  = azurerm_web_application_firewall_policy.edge.id
  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }
}
`;

describe('Terraform configuration (.tf): operator access and the edge', () => {
  it('reads the blocks and judges each VM and the gateway', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'main.tf'), CONFIGURATION);
    const { reads } = await collectTerraform([dir]);
    const state = mergeStates(adaptTerraformReads(reads).map((adapted) => adapted.state));
    const verdicts = (id: string) => run(rule(id), state).map((f) => [f.resource.name, f.status, f.origin.line]);
    expect(verdicts('compute-vm-management-ports-exposed')).toEqual([
      ['vm-jump', 'pass', 58],
      ['vm-dev', 'fail', 108],
    ]);
    expect(verdicts('network-appgw-waf-prevention')).toEqual([['agw-edge', 'pass', 139]]);
    expect(run(rule('compute-vm-management-ports-exposed'), state!)[0]?.message).toBe('VM vm-jump has no public IP address; management through Azure Bastion bas-hub');
  });
});
